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

/** CBCF-ACCESS-001: lawful access to the content of communications. */
class LawfulAccessTest {
  private static final String RULE = "CBCF-ACCESS-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesEvenWhenTheOutcomeOnlyAcknowledgesTheNeed() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "lawful-access",
                            ONLINE,
                            OutcomeKind.ACKNOWLEDGED,
                            "Acknowledging the need for lawful access to"
                                + " communications content vital for investigating serious crimes like terrorism")
                        .about(Subjects.ACCESS_COMMUNICATIONS_CONTENT))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("lawful-access");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              // Until a CLOUD Act agreement exists, the MLAT route applies: both must be named for
              // the reviewer.
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("18 U.S.C. 2523"))
                  .anySatisfy(c -> assertThat(c).contains("Mutual Legal Assistance"));
            });
  }

  @Test
  void doesNotFireOnOnlineChildAbuseMaterial() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "csam",
                            ONLINE,
                            OutcomeKind.DISCUSSED,
                            "The Ministers discussed collective efforts against online child sexual abuse material (CSAM).")
                        .about(Subjects.CSAM_ONLINE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissTheSameSentenceWithoutAccessToContent() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "cooperation",
                            ONLINE,
                            OutcomeKind.ACKNOWLEDGED,
                            "Acknowledging the need for closer cooperation in investigating serious crimes like terrorism")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
