package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
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

/** CBCF-INTEL-002: intelligence sharing that concerns personal data. */
class IntelligenceSharingPersonalDataTest {
  private static final String RULE = "CBCF-INTEL-002";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnIntelligenceSharingWithWatchLists() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "intel-watch-lists",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for sharing intelligence and watch-list entries on known smugglers.")
                        .about(Subjects.INTELLIGENCE_SHARING, Subjects.TRAVEL_WATCH_LISTS))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("intel-watch-lists");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Privacy Act"));
            });
  }

  @Test
  void doesNotFireOnIntelligenceSharingWithoutPersonalData() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "intel-trends",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for sharing intelligence on trends in drug trafficking routes.")
                        .about(Subjects.INTELLIGENCE_SHARING))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissPersonalDataWithoutIntelligenceSharing() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "personal-data",
                            SECURITY,
                            OutcomeKind.CALLED_FOR,
                            "They called for stronger protection of sensitive personal data held by agencies.")
                        .about(Subjects.DATA_SENSITIVE_PERSONAL))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
