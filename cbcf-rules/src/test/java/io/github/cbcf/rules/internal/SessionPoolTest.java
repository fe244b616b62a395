package io.github.cbcf.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.ExampleRecords;
import io.github.cbcf.rules.facts.OutcomeInContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A session that goes back to the pool comes out again without the listeners a review added to it:
 * the session runner adds two to every session it opens, which would otherwise pile up, and be
 * called, for as long as the pool lives.
 */
class SessionPoolTest {
  @Test
  void aReturnedSessionKeepsNoListenerAndNoFact() {
    // A pool of its own, which no other test has taken sessions from.
    CompiledRules builtIn =
        new CompiledRules(BuiltInRules.rules().kieBase(), BuiltInRules.rules().catalogue());
    KieBase kieBase = builtIn.kieBase();
    SessionPool pool = new SessionPool(List.of(builtIn));
    KieSession session = pool.open(kieBase);
    int agendaListeners = session.getAgendaEventListeners().size();
    int runtimeListeners = session.getRuleRuntimeEventListeners().size();
    session.addEventListener(new RuleInProgress(List.of(ExampleRecords.cbcf2024())));
    session.addEventListener(new EmittedFacts());
    OutcomeInContext.allOf(ExampleRecords.cbcf2024()).forEach(session::insert);
    assertThat(session.getAgendaEventListeners()).hasSize(agendaListeners + 1);
    assertThat(session.getRuleRuntimeEventListeners()).hasSize(runtimeListeners + 1);
    session.dispose();

    KieSession again = pool.open(kieBase);
    try {
      assertThat(again).isSameAs(session);
      assertThat(again.getAgendaEventListeners()).hasSize(agendaListeners);
      assertThat(again.getRuleRuntimeEventListeners()).hasSize(runtimeListeners);
      assertThat(again.getFactCount()).isZero();
    } finally {
      again.dispose();
      builtIn.sessions().shutdown();
    }
  }
}
