package io.github.cbcf.rules;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import org.junit.jupiter.api.Test;

/**
 * An outcome with no subject from the catalogue is counted as not reviewed by any built-in rule,
 * not as clean.
 */
class UnreviewedOutcomesTest {
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void anOutcomeWithoutSubjectsIsNotReviewedAndSaysSo() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                        "untagged",
                        SECURITY,
                        OutcomeKind.DISCUSSED,
                        "They discussed piracy on the Great Lakes."),
                    outcome(
                            "tagged",
                            SECURITY,
                            OutcomeKind.DISCUSSED,
                            "They discussed fentanyl trafficking.")
                        .about(Subjects.CRIME_FENTANYL))
                .build());

    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getCleanOutcomes()).containsExactly("untagged", "tagged");
    assertThat(report.getUnreviewedOutcomes()).containsExactly("untagged");
  }
}
