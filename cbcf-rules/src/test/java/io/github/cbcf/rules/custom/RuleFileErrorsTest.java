package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.CBCF_2024;
import static io.github.cbcf.rules.custom.SeedRecord.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.Problem;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.facts.Flag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileErrorsTest {

  private static RuleSetException buildFails(Reviewer.Builder builder) {
    return catchThrowableOfType(RuleSetException.class, builder::build);
  }

  @Test
  void syntaxErrorNamesFileLineAndRule() {
    RuleSetException failure =
        buildFails(Reviewer.builder().addRules(resource("broken/syntax-error.drl")));

    assertThat(failure).isNotNull();
    Problem problem = failure.getProblems().get(0);
    assertThat(problem.getFile()).endsWith("syntax-error.drl");
    assertThat(problem.getLine()).isEqualTo(13);
    assertThat(problem.getColumn()).isEqualTo(1);
    assertThat(problem.getMessage()).contains("syntax error");
    assertThat(failure.getMessage()).contains("syntax-error.drl:13:1").contains("Unbalanced");
    assertThat(failure.getProblems()).hasSize(1);
  }

  @Test
  void unknownTypeIsExplainedInPlainWords() {
    RuleSetException failure =
        buildFails(Reviewer.builder().addRules(resource("broken/unknown-type.drl")));

    assertThat(failure.getProblems())
        .anySatisfy(
            problem -> {
              assertThat(problem.getFile()).endsWith("unknown-type.drl");
              assertThat(problem.getMessage()).contains("unknown type Treaty").contains("import");
              assertThat(problem.getPath()).isEqualTo(RuleSetException.pathOf("Unknown type"));
              assertThat(problem.getLine()).isEqualTo(11);
              assertThat(problem.getColumn()).isEqualTo(8);
            });
  }

  @Test
  void aRuleThatStillPassesDroolsContextIsToldHowToUpdate() {
    RuleSetException failure =
        buildFails(Reviewer.builder().addRules(resource("old-api/passes-context.drl")));

    assertThat(failure.getProblems())
        .allSatisfy(
            problem -> {
              assertThat(problem.getFile()).endsWith("passes-context.drl");
              assertThat(problem.getLine()).isEqualTo(15);
              assertThat(problem.getColumn()).isEqualTo(10);
              assertThat(problem.getMessage())
                  .contains("Flag.raise no longer takes kcontext")
                  .contains("Flag.raise($outcome");
            });
  }

  @Test
  void raisingAFlagOutsideARuleSaysWhatToUseInstead() {
    assertThatThrownBy(() -> Flag.raise(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Flag.of(ruleId, outcomes)");
  }

  @Test
  void everyErrorOfEveryFileIsReportedTogether() {
    RuleSetException failure = buildFails(Reviewer.builder().addRules(resource("broken")));

    assertThat(failure.getProblems())
        .extracting(Problem::getFile)
        .anyMatch(s -> s.endsWith("syntax-error.drl"))
        .anyMatch(s -> s.endsWith("unknown-type.drl"));
  }

  @Test
  void ruleWithoutRequiredMetadataIsRefused() {
    RuleSetException failure =
        buildFails(Reviewer.builder().addRules(resource("missing-metadata")));

    assertThat(failure.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getFile()).endsWith("no-rationale.drl");
              assertThat(problem.getPath()).isEqualTo(RuleSetException.pathOf("No rationale"));
              // Drools gives metadata problems no place; the rule's declaration is where to look.
              assertThat(problem.getLine()).isEqualTo(7);
              assertThat(problem.getColumn()).isEqualTo(1);
              assertThat(problem.getMessage())
                  .contains("@severity")
                  .contains("@rationale")
                  .doesNotContain("@id");
            });
  }

  @Test
  void ruleTakingABuiltInIdIsRefused() {
    RuleSetException failure = buildFails(Reviewer.builder().addRules(resource("collision")));

    assertThat(failure.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getFile()).endsWith("takes-builtin-id.drl");
              assertThat(problem.getPath())
                  .isEqualTo(RuleSetException.pathOf("My lawful access rule"));
              assertThat(problem.getMessage()).contains("CBCF-ACCESS-001").contains("built-in");
            });
  }

  @Test
  void ruleThatThrowsEndsTheReviewNamingRuleAndOutcome() {
    Reviewer reviewer = Reviewer.builder().addRules(resource("throwing")).build();

    ReviewException failure =
        catchThrowableOfType(ReviewException.class, () -> reviewer.review(CBCF_2024));

    assertThat(failure.getRuleName()).contains("Throws on fentanyl");
    assertThat(failure.getOutcomeId()).contains("le-fentanyl");
    assertThat(failure.getMessage())
        .contains("Throws on fentanyl")
        .contains("le-fentanyl")
        .contains("no report was produced");
  }

  @Test
  void ruleThatLoopsHitsTheFiringLimitNamingTheRule() {
    Reviewer reviewer =
        Reviewer.builder().addRules(resource("looping")).firingsPerOutcome(5).build();

    ReviewException failure =
        catchThrowableOfType(ReviewException.class, () -> reviewer.review(CBCF_2024));

    assertThat(failure.getRuleName()).contains("Flags every flag");
    assertThat(failure.getMessage()).contains("fired more than").contains("loops");
  }

  @Test
  void missingFileEmptyFolderAndWrongExtensionAreReportedTogether(@TempDir Path folder)
      throws IOException {
    Path empty = Files.createDirectory(folder.resolve("empty"));
    Path notes = Files.writeString(folder.resolve("notes.txt"), "not a rule");

    RuleSetException failure =
        buildFails(Reviewer.builder().addRules(folder.resolve("absent.drl"), empty, notes));

    assertThat(failure.getProblems()).hasSize(3);
    assertThat(failure.getMessage())
        .contains("absent.drl: no such file")
        .contains("holds no rule files")
        .contains("notes.txt: is not a rule file");
  }

  @Test
  void unknownIdsInTheBuilderAreRefused() {
    assertThatThrownBy(() -> Reviewer.builder().disableRule("CBCF-NOPE-001").build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("cannot disable unknown rule CBCF-NOPE-001")
        .hasMessageContaining("CBCF-ACCESS-001");
  }

  @Test
  void aDecisionTableRowWithoutRationaleIsPlacedOnItsRow(@TempDir Path folder) throws IOException {
    Path table = folder.resolve("house-subjects.drl.csv");
    Files.writeString(
        table,
        Files.readString(resource("table/house-subjects.drl.csv"))
            .replace("Outcomes on fentanyl may require review by the drug-policy desk.", ""));

    RuleSetException failure = buildFails(Reviewer.builder().addRules(table));

    assertThat(failure.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getFile()).endsWith("house-subjects.drl.csv");
              assertThat(problem.getPath()).isEqualTo(RuleSetException.pathOf("Fentanyl desk"));
              assertThat(problem.getLine()).isEqualTo(9);
              assertThat(problem.getMessage()).contains("@rationale");
            });
  }
}
