package io.github.cbcf.rules;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subjects;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Switching rules off and overriding severities through {@link Reviewer#builder()}. */
class ReviewerBuilderTest {
  private static ForumRecord record;
  private static ReviewReport everyRule;

  @BeforeAll
  static void reviewWithEveryRule() {
    record = ExampleRecords.cbcf2024();
    everyRule = Reviewer.builtIn().review(record);
  }

  @Test
  void disablingARuleByIdRemovesItsFindingsAndNothingElse() {
    ReviewReport report = Reviewer.builder().disableRule("CBCF-ACCT-001").build().review(record);

    assertThat(everyRule.findingsOf("CBCF-ACCT-001")).hasSize(4);
    assertThat(report.findingsOf("CBCF-ACCT-001")).isEmpty();
    assertThat(report.getFindings())
        .containsExactlyElementsOf(
            everyRule.getFindings().stream()
                .filter(f -> !f.getRuleId().equals("CBCF-ACCT-001"))
                .toList());
  }

  @Test
  void aDisabledRuleIsStillListed() {
    Reviewer reviewer = Reviewer.builder().disableRule("CBCF-ACCT-001").build();

    assertThat(reviewer.findRule("CBCF-ACCT-001")).isPresent();
    assertThat(reviewer.getRules()).hasSameSizeAs(Reviewer.builtIn().getRules());
  }

  @Test
  void disablingAConcernRemovesEveryRuleOfIt() {
    ForumRecord both =
        ScenarioRecords.bilateral()
            .add(
                outcome(
                        "both",
                        SECURITY,
                        OutcomeKind.AGREED,
                        "They agreed to preserve data flow and secure personal" + " data.")
                    .about(Subjects.DATA_CROSS_BORDER_FLOW, Subjects.DATA_SENSITIVE_PERSONAL),
                outcome(
                        "flow",
                        SHARING,
                        OutcomeKind.CONTINUED,
                        "They continue to keep data moving across the border.")
                    .about(Subjects.DATA_CROSS_BORDER_FLOW),
                outcome(
                        "personal",
                        SHARING,
                        OutcomeKind.CONTINUED,
                        "They continue to secure sensitive personal data.")
                    .about(Subjects.DATA_SENSITIVE_PERSONAL))
            .build();
    ReviewReport all = Reviewer.builtIn().review(both);
    ReviewReport without =
        Reviewer.builder().disableConcern("data-flow-versus-personal-data").build().review(both);

    // Both rules of the concern fired, so the test shows both are switched off.
    assertThat(FindingSummaries.of(all))
        .containsExactly(
            "CBCF-DATA-001 [both]", "CBCF-DATA-002 [flow, personal]", "CBCF-ACCT-001 [both]");
    assertThat(FindingSummaries.of(without)).containsExactly("CBCF-ACCT-001 [both]");
    assertThat(without.getCleanOutcomes()).containsExactly("flow", "personal");
  }

  @Test
  void disablingTheOnlyRuleOnAnOutcomeLeavesItCleanAndTheCountsAddUp() {
    ReviewReport report = Reviewer.builder().disableConcern("lawful-access").build().review(record);

    assertThat(everyRule.getFlaggedOutcomes()).contains("oc-lawful-access");
    assertThat(report.getFlaggedOutcomes())
        .doesNotContain("oc-lawful-access")
        .hasSize(everyRule.getFlaggedOutcomes().size() - 1);
    assertThat(report.getCleanOutcomes()).contains("oc-lawful-access");
    assertThat(report.getOutcomesReviewed()).isEqualTo(25);
  }

  @Test
  void disablingEveryConcernLeavesEveryOutcomeReviewedAndUnflagged() {
    Reviewer.Builder builder = Reviewer.builder();
    Reviewer.builtIn().getRules().forEach(r -> builder.disableConcern(r.getConcern()));
    ReviewReport report = builder.build().review(record);

    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getCleanOutcomes()).hasSize(25);
    assertThat(report.getDisclaimer()).isEqualTo(ReviewReport.DISCLAIMER);
  }

  @Test
  void overridingASeverityUpwardsChangesItAndMovesTheFindingUp() {
    ReviewReport report =
        Reviewer.builder().overrideSeverity("CBCF-AI-001", Severity.HIGH).build().review(record);

    assertThat(report.findingsOf("CBCF-AI-001"))
        .singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.HIGH));
    // Among the high findings it takes its place by position in the source (2804, after lawful
    // access at 2547).
    assertThat(FindingSummaries.of(report).subList(0, 4))
        .containsExactly(
            "CBCF-DATA-001 [fi-data-flow]", "CBCF-INFO-002 [le-firearms-information-sharing]",
            "CBCF-ACCESS-001 [oc-lawful-access]", "CBCF-AI-001 [oc-ai-focus]");
    assertThat(report.getFindings()).hasSameSizeAs(everyRule.getFindings());
    // The rule itself still declares what it declares.
    assertThat(Reviewer.builtIn().findRule("CBCF-AI-001"))
        .hasValueSatisfying(r -> assertThat(r.getSeverity()).isEqualTo(Severity.INFO));
  }

  @Test
  void overridingASeverityDownwardsMovesTheFindingDownAndBreaksTiesByRuleId() {
    ReviewReport report =
        Reviewer.builder().overrideSeverity("CBCF-DATA-001", Severity.INFO).build().review(record);

    List<String> summaries = FindingSummaries.of(report);
    assertThat(summaries.get(0)).isEqualTo("CBCF-INFO-002 [le-firearms-information-sharing]");
    // fi-data-flow now holds two INFO findings at one position: ACCT before DATA by rule id.
    assertThat(summaries.subList(summaries.size() - 6, summaries.size()))
        .containsExactly(
            "CBCF-ACCT-001 [fi-elections-joint-work]",
            "CBCF-ACCT-001 [fi-data-flow]",
            "CBCF-DATA-001 [fi-data-flow]",
            "CBCF-ACCT-001 [le-information-sharing-direction]",
            "CBCF-AI-001 [oc-ai-focus]",
            "CBCF-ACCT-001 [oc-hate-pledge]");
  }

  @Test
  void anUnknownRuleIdIsRefusedByName() {
    assertThatThrownBy(() -> Reviewer.builder().disableRule("CBCF-NOPE-001").build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("CBCF-NOPE-001");
    assertThatThrownBy(
            () -> Reviewer.builder().overrideSeverity("CBCF-NOPE-002", Severity.LOW).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("CBCF-NOPE-002");
    assertThatThrownBy(() -> Reviewer.builder().disableConcern("no-such-concern").build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("no-such-concern");
  }

  @Test
  void everyUnknownNameIsReportedTogether() {
    assertThatThrownBy(
            () ->
                Reviewer.builder()
                    .disableRule("CBCF-NOPE-001")
                    .overrideSeverity("CBCF-NOPE-002", Severity.LOW)
                    .disableConcern("no-such-concern")
                    .disableRule("CBCF-INFO-001")
                    .build())
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e -> {
              assertThat(e.getProblems()).hasSize(3);
              assertThat(e.getMessage())
                  .contains("CBCF-NOPE-001", "CBCF-NOPE-002", "no-such-concern")
                  // A known id is not a problem, though the message lists the known ids.
                  .doesNotContain("unknown rule CBCF-INFO-001");
            });
  }

  @Test
  void theFiringLimitMustBePositive() {
    assertThatThrownBy(() -> Reviewer.builder().firingsPerOutcome(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
