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

/**
 * CBCF-CSAM-001: child sexual abuse material that is AI-generated, which the two laws reach
 * differently.
 */
class AiGeneratedCsamTest {
  private static final String RULE = "CBCF-CSAM-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnANotedIncreaseInAiGeneratedMaterial() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "ai-csam",
                            ONLINE,
                            OutcomeKind.NOTED,
                            "noting an increase in AI-generated CSAM.")
                        .about(Subjects.CSAM_AI_GENERATED, Subjects.TECH_AI))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("ai-csam");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("163.1"))
                  .anySatisfy(c -> assertThat(c).contains("2256(8)"));
            });
    // Noting AI is not keeping it on the agenda: the AI rule stays quiet.
    assertThat(report.findingsOf("CBCF-AI-001")).isEmpty();
  }

  @Test
  void doesNotFireOnAnUnrelatedOutcome() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fraud",
                            ONLINE,
                            OutcomeKind.NOTED,
                            "noting an increase in online fraud.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissOnlineMaterialThatIsNotSaidToBeSynthetic() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "online-csam",
                            ONLINE,
                            OutcomeKind.NOTED,
                            "noting an increase in online CSAM.")
                        .about(Subjects.CSAM_ONLINE))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
