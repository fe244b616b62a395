package io.github.cbcf.rules.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * A user's rule naming a subject the catalogue does not hold compiles, and the reviewer warns where
 * it stands.
 */
class SubjectCodeWarningTest {
  private static final String DRL =
      """
      package com.example.house;

      import io.github.cbcf.rules.facts.OutcomeInContext;
      import io.github.cbcf.rules.facts.Flag;

      // Intent: fentanyl outcomes for the drug-policy desk.
      rule "Fentanyl desk"
        @id("HOUSE-901")
        @severity("LOW")
        @rationale("Outcomes on fentanyl may require review by the drug-policy desk.")
      when
        $o : OutcomeInContext( hasSubject("crime.fentanil") || hasSubject("crime.fentanyl") )
      then
        insert(Flag.raise(kcontext, $o));
      end
      """;

  @Test
  void aMistypedSubjectIsAWarningWithFileLineColumnAndTheClosestCode() {
    Reviewer reviewer = Reviewer.builder().addRules(RuleSource.drl("house.drl", DRL)).build();

    assertThat(reviewer.getWarnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.getFile()).isEqualTo("house.drl");
              assertThat(warning.getLine()).isEqualTo(12);
              assertThat(warning.getColumn())
                  .isEqualTo(DRL.lines().toList().get(11).indexOf("crime.fentanil") + 1);
              assertThat(warning.getMessage())
                  .contains("hasSubject(\"crime.fentanil\")")
                  .contains("did you mean crime.fentanyl?");
            });
  }

  @Test
  void knownSubjectsAndTheBuiltInRulesGiveNoWarning() {
    assertThat(Reviewer.builtIn().getWarnings()).isEmpty();
    Reviewer reviewer =
        Reviewer.builder()
            .addRules(
                RuleSource.drl("house.drl", DRL.replace("hasSubject(\"crime.fentanil\") || ", "")))
            .build();
    assertThat(reviewer.getWarnings()).extracting(Problem::getMessage).isEmpty();
  }
}
