package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.FindingSummaries;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.ScenarioRecords;
import io.github.cbcf.rules.ScenarioRecords.OutcomeDraft;
import io.github.cbcf.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CBCF-DATA-002: data flow in one outcome, personal-data security in another, of the same meeting.
 */
class DataFlowInTwoOutcomesTest {
  private static final String RULE = "CBCF-DATA-002";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static OutcomeDraft flow() {
    return outcome(
            "flow",
            SHARING,
            OutcomeKind.AGREED,
            "The Ministers agreed to preserve cross-border data flow.")
        .about(Subjects.DATA_CROSS_BORDER_FLOW);
  }

  private static OutcomeDraft personal() {
    return outcome(
            "personal",
            SECURITY,
            OutcomeKind.COMMITTED,
            "They committed to maintaining sensitive personal data security.")
        .about(Subjects.DATA_SENSITIVE_PERSONAL);
  }

  @Test
  void firesOnTwoOutcomesOfOneMeetingAndListsThemInSourceOrder() {
    // The flow outcome is added first but stands later in the source, in the second section.
    ReviewReport report =
        REVIEWER.review(ScenarioRecords.bilateral().add(flow(), personal()).build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("personal", "flow");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(finding.getSection()).isEqualTo(SECURITY);
            });
    assertThat(report.findingsOf("CBCF-DATA-001")).isEmpty();
  }

  @Test
  void raisesOneFindingPerPair() {
    OutcomeDraft secondFlow =
        outcome(
                "flow-2",
                SHARING,
                OutcomeKind.CONTINUED,
                "They continue to keep data moving across the border.")
            .about(Subjects.DATA_CROSS_BORDER_FLOW);
    ReviewReport report =
        REVIEWER.review(ScenarioRecords.bilateral().add(flow(), secondFlow, personal()).build());

    assertThat(report.findingsOf(RULE))
        .map(FindingSummaries::of)
        .containsExactly(RULE + " [personal, flow]", RULE + " [personal, flow-2]");
  }

  @Test
  void doesNotFireOnTheFlowOutcomeAlone() {
    ReviewReport report = REVIEWER.review(ScenarioRecords.bilateral().add(flow()).build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissTheTwoOutcomesInDifferentRecordsReviewedTogether() {
    List<ReviewReport> reports =
        REVIEWER.reviewAll(
            List.of(
                ScenarioRecords.bilateral().id("meeting-a").add(flow()).build(),
                ScenarioRecords.bilateral().id("meeting-b").add(personal()).build()));

    assertThat(reports)
        .extracting(ReviewReport::getRecordId)
        .containsExactly("meeting-a", "meeting-b");
    assertThat(reports).allSatisfy(report -> assertThat(report.findingsOf(RULE)).isEmpty());
  }
}
