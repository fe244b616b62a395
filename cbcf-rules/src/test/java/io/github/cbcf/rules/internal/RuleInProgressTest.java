package io.github.cbcf.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import io.github.cbcf.rules.ExampleRecords;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.internal.FiringRule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The outcome a firing is said to be on, read from Drools' tuple, is the first outcome among the
 * match's facts, as {@code Match.getObjects()} lists them: for rules on one outcome and for the
 * rule that joins two.
 */
class RuleInProgressTest {
  @Test
  void theFirstOutcomeOfAMatchIsTheOneItsFactsListFirst() {
    List<ForumRecord> records = new ArrayList<>();
    records.add(ExampleRecords.cbcf2024());
    SplittableRandom random = new SplittableRandom(Seeds.baseSeed());
    for (int i = 0; i < 200; i++) {
      records.add(RecordGenerator.record(random.split()));
    }
    int[] firings = new int[1];
    int[] joins = new int[1];
    List<String> differences = new ArrayList<>();
    for (ForumRecord record : records) {
      KieSession session = BuiltInRules.rules().kieBase().newKieSession();
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
              FiringRule.enter(FiringRule.idOf(event.getMatch().getRule()));
              List<OutcomeInContext> listed = new ArrayList<>();
              for (Object fact : event.getMatch().getObjects()) {
                if (fact instanceof OutcomeInContext outcome) {
                  listed.add(outcome);
                }
              }
              OutcomeInContext walked = RuleInProgress.firstOutcome(event.getMatch());
              if (walked != (listed.isEmpty() ? null : listed.get(0))) {
                differences.add(event.getMatch().getRule().getName() + " on " + listed);
              }
              firings[0]++;
              if (listed.size() >= 2) {
                joins[0]++;
              }
            }
          });
      try {
        session.insert(record);
        OutcomeInContext.allOf(record).forEach(session::insert);
        session.fireAllRules(10_000);
      } finally {
        FiringRule.leave();
        session.dispose();
      }
    }
    assertThat(differences).isEmpty();
    assertThat(firings[0]).isGreaterThan(records.size());
    // The rule that joins two outcomes fired, so the order of the walk was put to the test.
    assertThat(joins[0]).isPositive();
  }
}
