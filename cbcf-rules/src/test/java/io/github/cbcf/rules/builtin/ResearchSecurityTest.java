package io.github.cbcf.rules.builtin;

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

/** CBCF-RESEARCH-001: screening researchers, partnerships or investments. */
class ResearchSecurityTest {
  private static final String RULE = "CBCF-RESEARCH-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnScreeningResearchPartnerships() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "research-screening",
                            SECURITY,
                            OutcomeKind.CALLED_FOR,
                            "They called for screening of research partnerships in sensitive technologies.")
                        .about(Subjects.SECURITY_RESEARCH))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding))
                  .containsExactly("research-screening");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Presidential Memorandum 33"));
            });
  }

  @Test
  void doesNotFireOnElectionInterference() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "elections",
                            SECURITY,
                            OutcomeKind.DISCUSSED,
                            "They discussed attempts to interfere in elections.")
                        .about(Subjects.ELECTIONS_INTERFERENCE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissTradeSecretsAreSec001() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "trade-secrets",
                            SECURITY,
                            OutcomeKind.DISCUSSED,
                            "They discussed the theft of trade secrets from technology firms.")
                        .about(Subjects.SECURITY_TRADE_SECRETS))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-SEC-001")).as("the neighbouring rule takes it").hasSize(1);
  }
}
