package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        insert(Flag.raise($o));
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

  @Test
  void aMistypedSubjectInACsvDecisionTableIsAWarningNamingItsCell(@TempDir Path folder)
      throws IOException {
    Path table = folder.resolve("house-subjects.drl.csv");
    Files.copy(resource("table/house-subjects.drl.csv"), table);
    Files.writeString(
        table, Files.readString(table).replace(",crime.fentanyl,", ",crime.fentanil,"));

    Reviewer reviewer = Reviewer.builder().addRules(table).build();

    assertThat(reviewer.getWarnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.getFile()).endsWith("house-subjects.drl.csv");
              assertThat(warning.getLine()).isEqualTo(9);
              assertThat(warning.getColumn()).isEqualTo(5);
              assertThat(warning.getMessage())
                  .contains("cell E9")
                  .contains("\"crime.fentanil\"")
                  .contains("did you mean crime.fentanyl?");
            });
  }

  @Test
  void theBundledCsvDecisionTableGivesNoWarning() {
    assertThat(
            Reviewer.builder()
                .addRules(resource("table/house-subjects.drl.csv"))
                .build()
                .getWarnings())
        .isEmpty();
  }
}
