package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.FindingSummaries;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.ScenarioRecords;
import io.github.cbcf.rules.Severity;
import org.junit.jupiter.api.Test;

/** CBCF-INTEL-001: intelligence sharing with no personal data named. */
class IntelligenceSharingTest {
  private static final String RULE = "CBCF-INTEL-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnExpandingIntelligenceSharingOnAnyCrime() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "intel-sharing",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for expanded intelligence sharing on drug trafficking networks.")
                        .about(Subjects.INTELLIGENCE_SHARING, Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("intel-sharing");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Avoiding Complicity"));
            });
  }

  @Test
  void doesNotFireWhenTheSharingAlsoConcernsPersonalData() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "intel-biometrics",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for expanded intelligence sharing, including biometric records of suspects.")
                        .about(Subjects.INTELLIGENCE_SHARING, Subjects.DATA_BIOMETRICS))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissGatheringIntelligenceWithoutSharingIt() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "intel-gathering",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for better ways to gather information on drug trafficking networks.")
                        .about(Subjects.INTELLIGENCE_GATHERING, Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
