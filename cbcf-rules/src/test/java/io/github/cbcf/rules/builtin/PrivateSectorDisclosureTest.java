package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.ONLINE;
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

/** CBCF-PRIV-001: disclosure by or to companies. */
class PrivateSectorDisclosureTest {
  private static final String RULE = "CBCF-PRIV-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnRansomwareReportingByCompanies() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "ransomware-reporting",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called on companies to report ransomware incidents to government promptly.")
                        .about(Subjects.PRIVATE_SECTOR_DISCLOSURE))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding))
                  .containsExactly("ransomware-reporting");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("PIPEDA"));
            });
  }

  @Test
  void doesNotFireOnRansomwareWithoutDisclosure() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "ransomware",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "They discussed the threat that ransomware poses to hospitals.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissGovernmentToGovernmentSharingIsInformationSharing() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "agency-sharing",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued sharing information on ransomware between their law enforcement agencies.")
                        .about(Subjects.DATA_INFORMATION_SHARING))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-INFO-002")).as("the neighbouring rule takes it").hasSize(1);
  }

  @Test
  void companyReportingTaggedAsInformationSharingIsPriv001Only() {
    // Regression: a company reporting to a government, tagged as information sharing too, raised
    // CBCF-INFO-002
    // (government-to-government sharing of personal data, HIGH) as well as this rule.
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "incident-reporting",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called on financial institutions to share information on cyber incidents with government.")
                        .about(
                            Subjects.PRIVATE_SECTOR_DISCLOSURE, Subjects.DATA_INFORMATION_SHARING))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [incident-reporting]");
  }

  @Test
  void governmentsSharingWhatCompaniesReportRaisesBoth() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "reported-and-shared",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for law enforcement agencies to share with each other what companies report on ransomware.")
                        .about(
                            Subjects.PRIVATE_SECTOR_DISCLOSURE,
                            Subjects.DATA_INFORMATION_SHARING,
                            Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(FindingSummaries.of(report))
        .containsExactlyInAnyOrder(
            RULE + " [reported-and-shared]", "CBCF-INFO-002 [reported-and-shared]");
  }
}
