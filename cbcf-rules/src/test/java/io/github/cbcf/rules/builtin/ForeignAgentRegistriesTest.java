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
import io.github.cbcf.rules.ScenarioRecords.OutcomeDraft;
import io.github.cbcf.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CBCF-REG-001: foreign-agent registries of two or more jurisdictions in one meeting. */
class ForeignAgentRegistriesTest {
  private static final String RULE = "CBCF-REG-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static OutcomeDraft faraDiscussed() {
    return outcome(
            "fara-discussed",
            SECURITY,
            OutcomeKind.DISCUSSED,
            "The United States discussed its Foreign Agents Registration Act.")
        .by("US")
        .about(Subjects.REGISTRY_FOREIGN_AGENTS)
        .refersTo("fara");
  }

  private static OutcomeDraft c70Highlighted() {
    return outcome(
            "c70-highlighted",
            SECURITY,
            OutcomeKind.HIGHLIGHTED,
            "Canada highlighted its newly passed Bill C-70 establishing a Foreign Influence Transparency Registry.")
        .by("CA")
        .about(Subjects.REGISTRY_FOREIGN_AGENTS)
        .refersTo("bill-c-70");
  }

  private static final String REAFFIRMED =
      " reaffirmed their commitment to protecting democracies through"
          + " transparency via foreign agent registries.";

  @Test
  void firesOnceOnTheRegistriesOfBothCountries() {
    OutcomeDraft unrelated =
        outcome(
                "elections",
                SECURITY,
                OutcomeKind.EMPHASIZED,
                "They emphasized that fair and secure elections are cornerstones of democracy.")
            .about(Subjects.DEMOCRACY_PROTECTION);
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral().add(faraDiscussed(), unrelated, c70Highlighted()).build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              // Both registry sentences, and nothing else of the meeting.
              assertThat(FindingSummaries.outcomeIds(finding))
                  .containsExactly("fara-discussed", "c70-highlighted");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
            });
  }

  @Test
  void firesOnOneSentenceThatBindsBothCountries() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "registries",
                            SECURITY,
                            OutcomeKind.REAFFIRMED,
                            "Both countries" + REAFFIRMED)
                        .about(Subjects.REGISTRY_FOREIGN_AGENTS))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly(RULE + " [registries]");
  }

  @Test
  void doesNotFireOnOneCountrysRegistry() {
    ReviewReport report = REVIEWER.review(ScenarioRecords.bilateral().add(faraDiscussed()).build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissTheSameReaffirmationByOneCountry() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "registries",
                            SECURITY,
                            OutcomeKind.REAFFIRMED,
                            "The United States" + REAFFIRMED)
                        .by("US")
                        .about(Subjects.REGISTRY_FOREIGN_AGENTS))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissEachCountrysRegistryInADifferentMeeting() {
    List<ReviewReport> reports =
        REVIEWER.reviewAll(
            List.of(
                ScenarioRecords.bilateral().id("meeting-a").add(faraDiscussed()).build(),
                ScenarioRecords.bilateral().id("meeting-b").add(c70Highlighted()).build()));

    assertThat(reports)
        .hasSize(2)
        .allSatisfy(report -> assertThat(report.findingsOf(RULE)).isEmpty());
  }
}
