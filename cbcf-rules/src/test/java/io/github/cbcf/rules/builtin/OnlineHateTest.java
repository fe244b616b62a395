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
 * CBCF-HATE-001: a joint undertaking on hate crimes, which meets two different laws on hateful
 * expression.
 */
class OnlineHateTest {
  private static final String RULE = "CBCF-HATE-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static final String CONCERN =
      "The Ministers expressed concern over increased hate crimes motivated by"
          + " anti-Semitism, Islamophobia, among others";

  @Test
  void firesOnAPledgeOfJointEfforts() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "hate-pledge",
                            ONLINE,
                            OutcomeKind.PLEDGED,
                            "pledging joint efforts to address hate crimes.")
                        .about(Subjects.HATE_CRIMES))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("hate-pledge");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
            });
  }

  @Test
  void firesOnACallToActAgainstOnlineHate() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "online-hate",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for platforms to act against hate online.")
                        .about(Subjects.HATE_ONLINE))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [online-hate]");
  }

  @Test
  void doesNotFireOnAnotherUndertaking() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fentanyl",
                            ONLINE,
                            OutcomeKind.CALLED_FOR,
                            "They called for platforms to act against fentanyl sales.")
                        .about(Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissConcernExpressedWithoutAnUndertaking() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("hate-concern", ONLINE, OutcomeKind.EXPRESSED_CONCERN, CONCERN)
                        .about(Subjects.HATE_CRIMES))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
