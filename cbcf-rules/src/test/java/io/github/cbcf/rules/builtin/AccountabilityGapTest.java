package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
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
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** CBCF-ACCT-001: a binding outcome with no owner, no date and no named instrument. */
class AccountabilityGapTest {
  private static final String RULE = "CBCF-ACCT-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static final String WORK_TOGETHER =
      "They agreed to work together against cross-border crime.";

  private static OutcomeDraft workTogether(OutcomeKind kind) {
    return outcome("work-together", SHARING, kind, WORK_TOGETHER)
        .about(Subjects.COOPERATION_LAW_ENFORCEMENT);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = OutcomeKind.class,
      names = {"AGREED", "COMMITTED", "PLEDGED"})
  void firesOnEveryBindingVerb(OutcomeKind kind) {
    ReviewReport report =
        REVIEWER.review(ScenarioRecords.bilateral().add(workTogether(kind)).build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("work-together");
              assertThat(finding.getSeverity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void firesWhenTheOnlyInstrumentIsUnnamed() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "build-on-mous",
                            SHARING,
                            OutcomeKind.AGREED,
                            "They agreed to build on prior MOUs.")
                        .about(Subjects.COOPERATION_LAW_ENFORCEMENT)
                        .refersTo("prior-mous"))
                .build());

    assertThat(FindingSummaries.of(report))
        .containsExactly("CBCF-INST-001 [build-on-mous]", RULE + " [build-on-mous]");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = OutcomeKind.class,
      names = {"CONTINUED", "CALLED_FOR", "NOTED", "DISCUSSED"})
  void doesNotFireOnAnOutcomeThatDoesNotBind(OutcomeKind kind) {
    ReviewReport report =
        REVIEWER.review(ScenarioRecords.bilateral().add(workTogether(kind)).build());

    assertThat(report.getFindings()).isEmpty();
  }

  static Stream<Arguments> whatClosesTheGap() {
    return Stream.of(
        Arguments.of(
            "an owner", (UnaryOperator<OutcomeDraft>) o -> o.ownedBy("the border agencies")),
        Arguments.of(
            "a date", (UnaryOperator<OutcomeDraft>) o -> o.dueBy(LocalDate.of(2025, 6, 30))),
        Arguments.of(
            "a named instrument", (UnaryOperator<OutcomeDraft>) o -> o.refersTo("roadmap-2021")));
  }

  @ParameterizedTest(name = "near miss: the same agreement with {0}")
  @MethodSource("whatClosesTheGap")
  void nearMissTheSameAgreementWithSomethingToFollowUp(
      String what, UnaryOperator<OutcomeDraft> change) {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(change.apply(workTogether(OutcomeKind.AGREED)))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }
}
