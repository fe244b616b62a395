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

/**
 * A rule that throws or loops ends the review with a {@link ReviewException} that names the rule
 * (and the outcome, where known); no partial report is ever returned. The failing rules are a
 * user's, compiled once here.
 */
class ContainmentTest {
  private static final String HEAD =
      "package com.example.containment;\n"
          + "import io.github.cbcf.rules.facts.OutcomeInContext;\n"
          + "import io.github.cbcf.rules.facts.Flag;\n";

  private static final String THROWS_IN_CONSEQUENCE =
      HEAD
          + "// Intent: fails while emitting, on fentanyl only.\n"
          + "rule \"Throws on fentanyl\" @id(\"TEST-THROW-001\") @severity(\"LOW\") @rationale(\"May require review.\")\n"
          + "when\n  $o : OutcomeInContext( hasSubject(\"crime.fentanyl\") )\n"
          + "then\n  throw new IllegalStateException(\"deliberate failure\");\nend\n";

  private static final String THROWS_IN_CONDITION =
      ""
          + "// Intent: fails while matching, on an outcome on human smuggling that has no owner.\n"
          + "rule \"Reads a missing owner\" @id(\"TEST-THROW-002\") @severity(\"LOW\")"
          + " @rationale(\"May require review.\")\n"
          + "when\n  $o : OutcomeInContext( hasSubject(\"crime.human-smuggling\"), outcome.owner.get() == \"nobody\" )\n"
          + "then\n  insert(Flag.raise($o));\nend\n";

  private static final String LOOPS =
      HEAD
          + "// Intent: matches what it emits, so it never stops.\n"
          + "rule \"Flags every flag\" @id(\"TEST-LOOP-001\") @severity(\"LOW\") @rationale(\"May require review.\")\n"
          + "when\n  $f : Flag()\nthen\n  insert(Flag.raise($f.getOutcomes()));\nend\n";

  /**
   * Both throwing rules, compiled together (a compile takes seconds); each fails only on its own
   * subject.
   */
  private static Reviewer throwing;

  private static Reviewer loops;

  @BeforeAll
  static void compile() {
    throwing =
        Reviewer.builder()
            .addRules(RuleSource.drl("throws.drl", THROWS_IN_CONSEQUENCE + THROWS_IN_CONDITION))
            .build();
    loops = Reviewer.builder().addRules(RuleSource.drl("loops.drl", LOOPS)).build();
  }

  /** One outcome that nearly every built-in rule fires on: ten findings from one sentence. */
  private static ForumRecord everything() {
    return ScenarioRecords.bilateral()
        .add(
            outcome(
                    "everything",
                    SECURITY,
                    OutcomeKind.AGREED,
                    "They agreed to cooperate on everything at once.")
                .about(
                    Subjects.DATA_INFORMATION_SHARING,
                    Subjects.DATA_CROSS_BORDER_FLOW,
                    Subjects.DATA_SENSITIVE_PERSONAL,
                    Subjects.ACCESS_COMMUNICATIONS_CONTENT,
                    Subjects.CSAM_AI_GENERATED,
                    Subjects.ELECTIONS_INTERFERENCE,
                    Subjects.SECURITY_INSIDER_THREAT,
                    Subjects.HATE_CRIMES,
                    Subjects.FRAUD_ELDER,
                    Subjects.TECH_AI))
        .build();
  }

  private static ForumRecord withFentanyl(String id) {
    return ScenarioRecords.bilateral()
        .id(id)
        .add(
            outcome(
                    "firearms",
                    SHARING,
                    OutcomeKind.CONTINUED,
                    "They continue to target firearms smuggling.")
                .about(Subjects.CRIME_FIREARMS_SMUGGLING),
            outcome("fentanyl", SHARING, OutcomeKind.CONTINUED, "They continue combating fentanyl.")
                .about(Subjects.CRIME_FENTANYL))
        .build();
  }

  private static ForumRecord withoutFentanyl(String id) {
    return ScenarioRecords.bilateral()
        .id(id)
        .add(
            outcome(
                    "firearms",
                    SHARING,
                    OutcomeKind.CONTINUED,
                    "They continue to target firearms smuggling.")
                .about(Subjects.CRIME_FIREARMS_SMUGGLING))
        .build();
  }

  @Test
  void firingPastTheLimitNamesABuiltInRuleAndTheOutcome() {
    ForumRecord record = everything();
    // With the default limit the record reviews: the failure below comes from the limit alone.
    assertThat(Reviewer.builtIn().review(record).getFindings()).hasSize(10);
    List<String> titles =
        Reviewer.builtIn().getRules().stream().map(RuleDescription::getTitle).toList();

    assertThatThrownBy(() -> Reviewer.builder().firingsPerOutcome(1).build().review(record))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> {
              assertThat(e.getRuleName())
                  .hasValueSatisfying(
                      name -> {
                        assertThat(titles).contains(name);
                        assertThat(e.getMessage()).contains("\"" + name + "\"");
                      });
              assertThat(e.getRecordId()).isEqualTo(ScenarioRecords.RECORD_ID);
              assertThat(e.getOutcomeId()).contains("everything");
              assertThat(e.getMessage()).contains("firingsPerOutcome");
            });
  }

  @Test
  void theLimitIsPerOutcomeReviewed() {
    // Ten firings on one outcome pass a limit of ten per outcome.
    assertThat(Reviewer.builder().firingsPerOutcome(10).build().review(everything()).getFindings())
        .hasSize(10);
  }

  @Test
  void aRuleThatThrowsInItsConsequenceIsNamedWithTheOutcome() {
    assertThatThrownBy(() -> throwing.review(withFentanyl("meeting")))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> {
              assertThat(e.getRuleName()).contains("Throws on fentanyl");
              assertThat(e.getOutcomeId()).contains("fentanyl");
              assertThat(e.getRecordId()).isEqualTo("meeting");
              assertThat(e.getMessage())
                  .contains("Throws on fentanyl")
                  .contains("fentanyl")
                  .contains("deliberate failure");
            });
    // A record neither rule fails on reviews normally.
    assertThat(throwing.review(withoutFentanyl("meeting")).getOutcomesReviewed()).isEqualTo(1);
  }

  @Test
  void oneFailingRecordFailsTheWholeBatch() {
    // No partial list: the good record's report is not returned without the bad one's.
    assertThatThrownBy(
            () -> throwing.reviewAll(List.of(withoutFentanyl("good"), withFentanyl("bad"))))
        .isInstanceOf(ReviewException.class)
        .hasMessageContaining("Throws on fentanyl");
  }

  @Test
  void aRuleWhoseConditionThrowsIsNamed() {
    ForumRecord smuggling =
        ScenarioRecords.bilateral()
            .id("meeting")
            .add(
                outcome(
                        "smuggling",
                        SHARING,
                        OutcomeKind.ADDRESSED,
                        "They addressed human smuggling.")
                    .about(Subjects.CRIME_HUMAN_SMUGGLING))
            .build();
    assertThatThrownBy(() -> throwing.review(smuggling))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> {
              assertThat(e.getRuleName()).contains("Reads a missing owner");
              assertThat(e.getRecordId()).isEqualTo("meeting");
              assertThat(e.getMessage())
                  .contains("Reads a missing owner")
                  .contains("NoSuchElementException");
              // Drools does not say which fact a condition failed on; if an outcome is named, it is
              // the right one.
              e.getOutcomeId().ifPresent(id -> assertThat(id).isEqualTo("smuggling"));
            });
  }

  @Test
  void aRuleThatLoopsIsNamed() {
    assertThatThrownBy(() -> loops.review(ExampleRecords.cbcf2024()))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> {
              assertThat(e.getRuleName()).contains("Flags every flag");
              assertThat(e.getMessage()).contains("Flags every flag");
              // The loop matches flags, not outcomes: an outcome is named only if it is a real one.
              e.getOutcomeId()
                  .ifPresent(
                      id ->
                          assertThat(ExampleRecords.cbcf2024().getOutcomes())
                              .anySatisfy(o -> assertThat(o.getId()).isEqualTo(id)));
            });
  }
}
