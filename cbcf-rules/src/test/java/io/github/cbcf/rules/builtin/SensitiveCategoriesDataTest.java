package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.ONLINE;
import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
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

/** CBCF-SENSITIVE-001: data on race, ethnicity, religion or health. */
class SensitiveCategoriesDataTest {
  private static final String RULE = "CBCF-SENSITIVE-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnCollectingDataOnEthnicity() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "hate-data",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for collecting data on the race, ethnicity and religion of victims of hate crimes.")
                        .about(Subjects.DATA_SENSITIVE_CATEGORIES))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("hate-data");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Title VI"));
            });
  }

  @Test
  void doesNotFireOnStatisticsWithoutSensitiveData() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "statistics",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for better statistics on the number of reported frauds.")
                        .about(Subjects.FRAUD_ELDER))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissSensitivePersonalDataSecurity() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "personal-security",
                            SECURITY,
                            OutcomeKind.CALLED_FOR,
                            "They called for protecting sensitive personal data from theft.")
                        .about(Subjects.DATA_SENSITIVE_PERSONAL))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
