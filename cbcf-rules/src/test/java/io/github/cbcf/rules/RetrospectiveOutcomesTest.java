package io.github.cbcf.rules;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import org.junit.jupiter.api.Test;

/**
 * Outcomes that only report the past or give background do not raise the rules meant for
 * commitments ({@code @retrospective("skip")}), and still raise those about what a statement relies
 * on ({@code @retrospective("fire")}). Both are decided in the rule files, not in Java.
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
}
