package io.github.cbcf.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.model.io.InvalidRecordException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario core runs scenarios and measures coverage by itself, as the command line uses it: no
 * JUnit.
 */
class ScenariosRunTest {
  private static final String RECORD_2024 =
      Path.of("../cbcf-examples/records/cbcf-2024.yaml").toAbsolutePath().toString();

  @TempDir Path folder;

  @Test
  void aPassingAndAFailingScenarioAreToldApart() throws IOException {
    write(
        "passes.yaml",
        "name: lawful access\nrecordFile: "
            + RECORD_2024
            + "\nexpect:\n"
            + "  - rule: CBCF-ACCESS-001\n    outcomes: [oc-lawful-access]\n");
    write(
        "fails.yaml",
        "name: hate expected on the wrong outcome\nrecordFile: "
            + RECORD_2024
            + "\nexpect:\n"
            + "  - rule: CBCF-HATE-001\n    outcomes: [oc-lawful-access]\n");

    List<ScenarioResult> results = Scenarios.in(folder).run();

    assertThat(results)
        .extracting(ScenarioResult::getName, ScenarioResult::isPassed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("hate expected on the wrong outcome", false),
            org.assertj.core.groups.Tuple.tuple("lawful access", true));
    ScenarioResult failed = results.get(0);
    assertThat(failed.getMissing())
        .extracting(FindingCheck::getRuleId)
        .containsExactly("CBCF-HATE-001");
    assertThat(failed.wantedRows()).contains("CBCF-HATE-001").contains("found");
    assertThat(failed.foundRows()).contains("CBCF-HATE-001").contains("absent");
  }

  @Test
  void missingCoverageListsTheRulesRequiredButNeverExercised() throws IOException {
    write(
        "access.yaml",
        "name: lawful access\nrecordFile: "
            + RECORD_2024
            + "\nexpect:\n"
            + "  - rule: CBCF-ACCESS-001\n    outcomes: [oc-lawful-access]\n");

    assertThat(Scenarios.in(folder).isCoverageRequired()).isFalse();
    assertThat(Scenarios.in(folder).missingCoverage()).isEmpty();
    Scenarios required =
        Scenarios.in(folder).requireCoverage(rule -> rule.getId().startsWith("CBCF-A"));
    assertThat(required.isCoverageRequired()).isTrue();
    assertThat(required.missingCoverage())
        .extracting(RuleCoverage::getRuleId)
        .contains("CBCF-AI-001")
        .doesNotContain("CBCF-ACCESS-001");
  }

  @Test
  void aScenarioFileWithAMistakeIsReportedWithItsPlace() throws IOException {
    Path file = write("broken.yaml", "name: broken\nrecordFile: " + RECORD_2024 + "\nexpec: []\n");

    InvalidRecordException thrown =
        catchThrowableOfType(
            InvalidRecordException.class, () -> ScenarioReader.create().read(file));

    assertThat(thrown.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getFile()).isEqualTo(file.toString());
              assertThat(problem.getLine()).isEqualTo(3);
              assertThat(problem.getPath()).isEqualTo("expec");
            });
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }
}
