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

/** CBCF-TRAVEL-001: passenger records, biometrics, watch lists and travelling offenders. */
class TravellerOffenderDataTest {
  private static final String RULE = "CBCF-TRAVEL-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnNotifyingTravellingSexOffenders() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "offender-notices",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued to notify each other of registered sex offenders travelling across the border.")
                        .about(Subjects.OFFENDERS_TRAVEL_NOTIFICATION))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("offender-notices");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("34 U.S.C. 21501"));
            });
  }

  @Test
  void doesNotFireOnBorderCooperationWithoutTravellerData() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "border",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued joint work between their border agencies at ports of entry.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissPersonalDataInGeneral() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "personal",
                            SECURITY,
                            OutcomeKind.CALLED_FOR,
                            "They called for the security of sensitive personal data of travellers held by airlines.")
                        .about(Subjects.DATA_SENSITIVE_PERSONAL))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
