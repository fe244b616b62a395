package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.FindingSummaries;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.ScenarioRecords;
import io.github.cbcf.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * CBCF-ELEC-001: both parties undertaking joint work on elections, which each shields from foreign
 * involvement.
 */
class ElectionCooperationTest {
  private static final String RULE = "CBCF-ELEC-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnAnAgreementToWorkTogether() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "joint-work",
                            SECURITY,
                            OutcomeKind.AGREED,
                            "They agreed to work together to combat threats to fair and secure elections.")
                        .about(Subjects.ELECTIONS_INTERFERENCE, Subjects.DEMOCRACY_PROTECTION))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("joint-work");
              assertThat(finding.getSeverity()).isEqualTo(Severity.LOW);
            });
  }

  @Test
  void firesOnAHortatoryUndertaking() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "joint-plan",
                            SECURITY,
                            OutcomeKind.PLANNED,
                            "They plan joint exercises against electoral interference.")
                        .about(Subjects.ELECTIONS_INTERFERENCE))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [joint-plan]");
  }

  @Test
  void doesNotFireWhenTheThreatIsOnlyNoted() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "threats",
                            SECURITY,
                            OutcomeKind.NOTED,
                            "They noted threats from hostile foreign actors, particularly regarding electoral interference.")
                        .about(Subjects.ELECTIONS_INTERFERENCE))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissTheSameUndertakingByOneCountryAlone() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "us-work",
                            SECURITY,
                            OutcomeKind.AGREED,
                            "The United States agreed to combat threats to fair and secure elections.")
                        .by("US")
                        .about(Subjects.ELECTIONS_INTERFERENCE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }
}
