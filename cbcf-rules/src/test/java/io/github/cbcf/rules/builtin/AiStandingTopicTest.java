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

/** CBCF-AI-001: artificial intelligence kept on the agenda, with no instrument yet. */
class AiStandingTopicTest {
  private static final String RULE = "CBCF-AI-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnARecommendationToKeepFocusOnAi() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "ai-focus",
                            ONLINE,
                            OutcomeKind.RECOMMENDED,
                            "Regarding AI technology's benefits and risks,"
                                + " they recommended continued focus on this area by the CBCF.")
                        .about(Subjects.TECH_AI))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("ai-focus");
              assertThat(finding.getSeverity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void doesNotFireOnAnotherTopicKeptOnTheAgenda() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "dialogue",
                            ONLINE,
                            OutcomeKind.RECOMMENDED,
                            "They recommended continued dialogue through the CBCF.")
                        .about(Subjects.COOPERATION_DIALOGUE))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissAiOnlyNoted() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "ai-noted",
                            ONLINE,
                            OutcomeKind.NOTED,
                            "Regarding AI technology's benefits and risks, they noted the briefing.")
                        .about(Subjects.TECH_AI))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
