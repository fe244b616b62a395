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

/** CBCF-ASSET-001: undertakings to freeze, seize or forfeit assets. */
class AssetFreezingForfeitureTest {
  private static final String RULE = "CBCF-ASSET-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnATaskForceToSeizeSanctionedAssets() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "asset-task-force",
                            SECURITY,
                            OutcomeKind.CALLED_FOR,
                            "They called for a joint task force to trace, freeze and seize the assets of sanctioned persons.")
                        .about(Subjects.ASSETS_FREEZING_FORFEITURE))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("asset-task-force");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("18 U.S.C. 981"));
            });
  }

  @Test
  void doesNotFireOnSanctionsDiscussedWithoutAssets() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "sanctions",
                            SECURITY,
                            OutcomeKind.CONTINUED,
                            "They continued to coordinate on the enforcement of export controls.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissAssetsOnlyNoted() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "assets-noted",
                            SECURITY,
                            OutcomeKind.NOTED,
                            "They noted the work already done on the assets of sanctioned persons.")
                        .about(Subjects.ASSETS_FREEZING_FORFEITURE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
