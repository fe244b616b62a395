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

/**
 * CBCF-SMUG-001: gathering information on smuggling networks, which also gathers data on migrants.
 */
class HumanSmugglingIntelligenceTest {
  private static final String RULE = "CBCF-SMUG-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnGatheringInformationOnSmugglingNetworks() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "intelligence",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for strengthening ways to gather"
                                + " information for detecting organized crime groups involved in human smuggling.")
                        .about(Subjects.CRIME_HUMAN_SMUGGLING, Subjects.INTELLIGENCE_GATHERING))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("intelligence");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("s. 117"));
            });
  }

  @Test
  void doesNotFireOnGatheringInformationOnDrugs() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fentanyl-intelligence",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for strengthening ways to gather information on fentanyl supply chains.")
                        .about(Subjects.CRIME_FENTANYL, Subjects.INTELLIGENCE_GATHERING))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissSmugglingAddressedWithoutGatheringInformation() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "smuggling",
                            SHARING,
                            OutcomeKind.ADDRESSED,
                            "They also addressed challenges associated with cross-border human smuggling.")
                        .about(Subjects.CRIME_HUMAN_SMUGGLING))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
