package io.github.cbcf.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.ExampleRecords;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.OutcomeInContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The listener follows a fact replaced under its handle and a fact deleted, as the session's own
 * store does; {@code EmittedFactsTest} covers deletion by rules, this the replacement no built-in
 * or example rule makes.
 */
class EmittedFactsUnitTest {
  @Test
  void aReplacedFactIsKeptAsItsReplacementAndADeletedOneIsDropped() {
    List<OutcomeInContext> outcomes = OutcomeInContext.allOf(ExampleRecords.cbcf2024());
    Flag first = Flag.of("UNIT-1", List.of(outcomes.get(0)));
    Flag replacement = Flag.of("UNIT-2", List.of(outcomes.get(0)));
    Flag deleted = Flag.of("UNIT-3", List.of(outcomes.get(1)));
    Flag kept = Flag.of("UNIT-4", List.of(outcomes.get(2)));
    KieSession session = BuiltInRules.rules().kieBase().newKieSession();
    try {
      EmittedFacts emitted = new EmittedFacts();
      session.addEventListener(emitted);
      FactHandle firstHandle = session.insert(first);
      FactHandle deletedHandle = session.insert(deleted);
      session.insert(kept);
      session.update(firstHandle, replacement);
      session.delete(deletedHandle);
      session.insert(kept);

      assertThat(emitted.facts()).containsExactly(replacement, kept);
      assertThat(emitted.facts()).containsExactlyInAnyOrderElementsOf(session.getObjects());
    } finally {
      session.dispose();
    }
  }
}
