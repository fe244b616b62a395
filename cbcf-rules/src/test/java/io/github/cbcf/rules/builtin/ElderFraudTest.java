package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.ONLINE;
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
 * CBCF-FRAUD-001: fraud against older adults and romance scams, whose victims' data crosses the
 * border.
 */
class ElderFraudTest {
  private static final String RULE = "CBCF-FRAUD-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnElderFraudAndRomanceScams() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "elder-fraud",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "They also discussed coordinated engagement against elder fraud and romance scams.")
                        .about(Subjects.FRAUD_ELDER, Subjects.FRAUD_ROMANCE))
                .build());

    // One finding per outcome, however many of the rule's subjects it has.
    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("elder-fraud");
              assertThat(finding.getSeverity()).isEqualTo(Severity.LOW);
            });
  }

  @Test
  void firesOnRomanceScamsAlone() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "romance",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "They also discussed romance scams.")
                        .about(Subjects.FRAUD_ROMANCE))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [romance]");
  }

  @Test
  void nearMissTheSameEngagementAgainstAnotherCrime() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fentanyl",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "They also discussed coordinated engagement against fentanyl trafficking.")
                        .about(Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
