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

/**
 * CBCF-DATA-001: one outcome that both keeps data flowing and promises to secure sensitive personal
 * data.
 */
class DataFlowInOneOutcomeTest {
  private static final String RULE = "CBCF-DATA-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static final String DATA_FLOW =
      "The Ministers agreed on the need to preserve cross-border data flow while"
          + " maintaining sensitive personal data security.";

  @Test
  void firesWhenOneOutcomeHoldsBothAims() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("data-flow", SECURITY, OutcomeKind.AGREED, DATA_FLOW)
                        .about(Subjects.DATA_CROSS_BORDER_FLOW, Subjects.DATA_SENSITIVE_PERSONAL))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("data-flow");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(finding.getConcern()).isEqualTo("data-flow-versus-personal-data");
            });
    // The one-outcome case is not also reported as a two-outcome tension with itself.
    assertThat(report.findingsOf("CBCF-DATA-002")).isEmpty();
  }

  @Test
  void doesNotFireOnAnUnrelatedOutcome() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fentanyl",
                            SECURITY,
                            OutcomeKind.DISCUSSED,
                            "They discussed fentanyl supply chains.")
                        .about(Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissTheSameSentenceCodedForDataFlowOnly() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("data-flow", SECURITY, OutcomeKind.AGREED, DATA_FLOW)
                        .about(Subjects.DATA_CROSS_BORDER_FLOW))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-DATA-002")).isEmpty();
  }
}
