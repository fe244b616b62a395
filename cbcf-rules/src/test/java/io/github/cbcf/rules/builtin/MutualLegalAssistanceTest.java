package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
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

/** CBCF-MLA-001: evidence, extradition, joint investigations and cross-designated officers. */
class MutualLegalAssistanceTest {
  private static final String RULE = "CBCF-MLA-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnCrossDesignatedOfficers() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "shiprider",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued integrated maritime operations with cross-designated officers.")
                        .about(Subjects.JUSTICE_JOINT_OPERATIONS))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("shiprider");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Shiprider"));
            });
  }

  @Test
  void doesNotFireOnDialogue() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "dialogue",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued their regular dialogue on shared threats.")
                        .about(Subjects.COOPERATION_DIALOGUE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissLawEnforcementCooperationInGeneral() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "cooperation",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued close cooperation between their police services.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
