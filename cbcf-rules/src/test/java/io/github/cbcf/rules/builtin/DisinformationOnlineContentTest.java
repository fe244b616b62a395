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

/** CBCF-SPEECH-001: countering disinformation and online content. */
class DisinformationOnlineContentTest {
  private static final String RULE = "CBCF-SPEECH-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnWorkingWithPlatformsAgainstDisinformation() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "disinformation",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for working with online platforms to counter disinformation.")
                        .about(Subjects.ONLINE_DISINFORMATION))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("disinformation");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Murthy v. Missouri"));
            });
  }

  @Test
  void doesNotFireOnOnlineFraud() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "online-fraud",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "They discussed romance scams carried out online.")
                        .about(Subjects.FRAUD_ROMANCE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissOnlineHateIsHate001() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "online-hate",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for joint efforts against hate crimes committed online.")
                        .about(Subjects.HATE_ONLINE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-HATE-001")).as("the neighbouring rule takes it").hasSize(1);
  }
}
