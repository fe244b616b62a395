package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.ONLINE;
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

/** CBCF-CRYPTO-001: targeted or exceptional access to encrypted data. */
class EncryptedDataAccessTest {
  private static final String RULE = "CBCF-CRYPTO-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnTargetedAccessToEncryptedDevices() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "targeted-access",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called on technology companies to provide targeted access to encrypted devices and data.")
                        .about(Subjects.ACCESS_ENCRYPTED_DATA))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("targeted-access");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("s. 487.014"));
            });
  }

  @Test
  void doesNotFireOnCybersecurityWithoutAccess() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "cyber",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "They discussed the importance of strong cybersecurity for critical infrastructure.")
                        .about(Subjects.COOPERATION_DIALOGUE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissLawfulAccessToContentIsAccess001() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "lawful-access",
                            ONLINE,
                            OutcomeKind.ACKNOWLEDGED,
                            "Acknowledging the need for lawful access to communications content in serious cases")
                        .about(Subjects.ACCESS_COMMUNICATIONS_CONTENT))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-ACCESS-001"))
        .as("the neighbouring rule takes it")
        .hasSize(1);
  }
}
