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

/** CBCF-PRECURSOR-001: controls on precursor chemicals and their importers. */
class PrecursorChemicalsTest {
  private static final String RULE = "CBCF-PRECURSOR-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void firesOnImportControlsOnPrecursors() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "precursors",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for tighter import controls on precursor chemicals and pill presses.")
                        .about(Subjects.CRIME_PRECURSOR_CHEMICALS, Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("precursors");
              assertThat(finding.getSeverity()).isEqualTo(Severity.LOW);
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("art. 12"));
            });
  }

  @Test
  void doesNotFireOnFirearms() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "firearms",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continued to target firearms smuggled across the border.")
                        .about(Subjects.CRIME_FIREARMS_SMUGGLING))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissFentanylWithoutPrecursors() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fentanyl",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for disrupting the trafficking of fentanyl.")
                        .about(Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.getFindings()).isEmpty();
  }
}
