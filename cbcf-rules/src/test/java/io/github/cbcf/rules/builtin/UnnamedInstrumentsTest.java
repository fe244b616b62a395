package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.FindingSummaries;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.ScenarioRecords;
import io.github.cbcf.rules.ScenarioRecords.OutcomeDraft;
import io.github.cbcf.rules.Severity;
import org.junit.jupiter.api.Test;

/** CBCF-INST-001: an outcome that builds on instruments the statement does not identify. */
class UnnamedInstrumentsTest {
  private static final String RULE = "CBCF-INST-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static final String PRIOR_MOUS =
      "The Ministers stressed building on prior Memoranda of Understanding (MOUs).";

  private static OutcomeDraft priorMous() {
    return outcome("prior-mous", SHARING, OutcomeKind.STRESSED, PRIOR_MOUS)
        .about(Subjects.COOPERATION_LAW_ENFORCEMENT)
        .refersTo("prior-mous");
  }

  @Test
  void firesOnPriorMousThatAreNotNamed() {
    ReviewReport report = REVIEWER.review(ScenarioRecords.bilateral().add(priorMous()).build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("prior-mous");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getOutcomes().get(0).getText()).isEqualTo(PRIOR_MOUS);
            });
  }

  @Test
  void firesWhenAnUnnamedInstrumentStandsBesideANamedOne() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "roadmap-and-mous",
                            SHARING,
                            OutcomeKind.STRESSED,
                            "They stressed building on the 2021 Roadmap and on prior MOUs.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT)
                        .refersTo("roadmap-2021", "prior-mous"))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [roadmap-and-mous]");
  }

  @Test
  void doesNotFireOnANamedInstrument() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "roadmap",
                            SHARING,
                            OutcomeKind.NOTED,
                            "They noted progress under the 2021 Roadmap.")
                        .about(Subjects.COOPERATION_DIALOGUE)
                        .refersTo("roadmap-2021"))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissTheSameSentenceOnceTheStatementIdentifiesTheMous() {
    Instrument identified =
        new Instrument.Builder()
            .from(ScenarioRecords.priorMous())
            .title("Memorandum of Understanding on information sharing, 2019")
            .named(true)
            .build();
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral().instrument(identified).add(priorMous()).build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }
}
