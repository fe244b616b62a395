package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
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

/** CBCF-SEC-001: insiders, trade secrets and sensitive technologies. */
class InsiderThreatTest {
  private static final String RULE = "CBCF-SEC-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnInsidersAndTradeSecrets() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "insiders",
                            SECURITY,
                            OutcomeKind.NOTED,
                            "They also noted malign foreign actors' willingness to"
                                + " use insiders or other means to steal trade secrets and sensitive technologies.")
                        .about(Subjects.SECURITY_INSIDER_THREAT, Subjects.SECURITY_TRADE_SECRETS))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("insiders");
              assertThat(finding.getSeverity()).isEqualTo(Severity.LOW);
            });
  }

  @Test
  void firesOnTradeSecretsAlone() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "trade-secrets",
                            SECURITY,
                            OutcomeKind.STRESSED,
                            "They stressed the protection of trade secrets.")
                        .about(Subjects.SECURITY_TRADE_SECRETS))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [trade-secrets]");
  }

  @Test
  void nearMissTheSameActorsWithoutInsidersOrSecrets() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "institutions",
                            SECURITY,
                            OutcomeKind.NOTED,
                            "They also noted malign foreign actors' willingness to threaten democratic institutions.")
                        .about(Subjects.DEMOCRACY_PROTECTION))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
