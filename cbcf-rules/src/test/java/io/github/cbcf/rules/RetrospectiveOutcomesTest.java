package io.github.cbcf.rules;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import org.junit.jupiter.api.Test;

/**
 * Outcomes that only report the past or give background do not raise the rules meant for
 * commitments ({@code @retrospective("skip")}), still raise those about what a statement relies on
 * ({@code @retrospective("fire")}), or raise them one severity lower ({@code
 * @retrospective("lower")}). All three are decided in the rule files, not in Java.
 */
class RetrospectiveOutcomesTest {
  private static final Reviewer REVIEWER = Reviewer.builtIn();
  private static final String SHARED =
      "In previous years the agencies have shared information on firearms smuggling.";

  @Test
  void pastSharingRaisesNoInformationSharingFinding() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("past-sharing", SHARING, OutcomeKind.NOTED, SHARED)
                        .about(Subjects.DATA_INFORMATION_SHARING, Subjects.CRIME_FIREARMS_SMUGGLING)
                        .oriented(Orientation.PAST))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void theSameSentenceLookingForwardRaisesInfo002() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("future-sharing", SHARING, OutcomeKind.NOTED, SHARED)
                        .about(Subjects.DATA_INFORMATION_SHARING, Subjects.CRIME_FIREARMS_SMUGGLING)
                        .oriented(Orientation.FORWARD))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly("CBCF-INFO-002 [future-sharing]");
  }

  @Test
  void aBackgroundCommitmentRaisesNoAccountabilityGap() {
    String sentence = "Since 2022 the Ministers have agreed to extradite fugitives more quickly.";
    ReviewReport background =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("background", SHARING, OutcomeKind.AGREED, sentence)
                        .about(Subjects.JUSTICE_EXTRADITION)
                        .oriented(Orientation.BACKGROUND))
                .build());
    ReviewReport unknown =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("background", SHARING, OutcomeKind.AGREED, sentence)
                        .about(Subjects.JUSTICE_EXTRADITION))
                .build());

    assertThat(background.getFindings()).isEmpty();
    // With no orientation recorded the outcome is treated as a commitment: nothing is dropped
    // silently.
    assertThat(FindingSummaries.of(unknown))
        .containsExactlyInAnyOrder("CBCF-ACCT-001 [background]", "CBCF-MLA-001 [background]");
  }

  @Test
  void aRuleMarkedFireStillFlagsUnnamedInstrumentsInBackground() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "prior-mous",
                            SHARING,
                            OutcomeKind.NOTED,
                            "The agencies have long worked together under prior MOUs.")
                        .refersTo("prior-mous")
                        .oriented(Orientation.BACKGROUND))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly("CBCF-INST-001 [prior-mous]");
  }

  private static final String LOWERING_RULE =
      "package com.example.lowering;\n"
          + "import io.github.cbcf.rules.facts.OutcomeInContext;\n"
          + "import io.github.cbcf.rules.facts.Flag;\n"
          + "rule \"Firearms desk\"\n"
          + "  @id(\"HOUSE-LOW-001\") @severity(\"MEDIUM\") @retrospective(\"%s\")\n"
          + "  @rationale(\"Firearms outcomes may require review by the desk.\")\n"
          + "when\n"
          + "  $o : OutcomeInContext( hasSubject(\"crime.firearms-smuggling\") )\n"
          + "then\n"
          + "  insert(Flag.raise($o));\n"
          + "end\n";

  private static Finding houseFinding(Orientation orientation) {
    Reviewer reviewer =
        Reviewer.builder()
            .addRules(RuleSource.drl("lowering.drl", String.format(LOWERING_RULE, "lower")))
            .build();
    ReviewReport report =
        reviewer.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("firearms", SHARING, OutcomeKind.NOTED, SHARED)
                        .about(Subjects.CRIME_FIREARMS_SMUGGLING)
                        .oriented(orientation))
                .build());
    return report.findingsOf("HOUSE-LOW-001").get(0);
  }

  @Test
  void aRuleMarkedLowerReportsAPastOutcomeOneSeverityLower() {
    Finding past = houseFinding(Orientation.PAST);
    Finding forward = houseFinding(Orientation.FORWARD);

    assertThat(past.getSeverity()).isEqualTo(Severity.LOW);
    assertThat(past.isLoweredAsRetrospective()).isTrue();
    assertThat(forward.getSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(forward.isLoweredAsRetrospective()).isFalse();
  }

  @Test
  void anUnknownRetrospectiveValueIsRefusedNamingTheAllowedOnes() {
    assertThatThrownBy(
            () ->
                Reviewer.builder()
                    .addRules(RuleSource.drl("lowering.drl", String.format(LOWERING_RULE, "lowr")))
                    .build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("lowering.drl")
        .hasMessageContaining("@retrospective(\"lowr\")")
        .hasMessageContaining("skip")
        .hasMessageContaining("lower");
  }
}
