package io.github.cbcf.scenarios.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.scenarios.RuleCoverage;
import io.github.cbcf.scenarios.ScenarioCoverage;
import io.github.cbcf.scenarios.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Which rules a run of scenarios exercised, and the coverage test that fails when one was never
 * exercised.
 */
class ScenarioCoverageTestsTest {
  private static final String RECORD_2024 =
      Path.of("../cbcf-examples/records/cbcf-2024.yaml").toAbsolutePath().toString();

  @TempDir Path folder;

  @Test
  void aRuleIsExercisedOnlyWhereAScenarioExpectedItAndItFired() throws IOException {
    write(
        "access.yaml",
        """
        name: expects lawful access
        recordFile: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
          - rule: CBCF-INFO-001
            outcomes: [le-fentanyl]
        """
            .formatted(RECORD_2024));

    ScenarioCoverage coverage = Scenarios.in(folder).coverage();

    assertThat(coverage.getScenarioCount()).isEqualTo(1);
    assertThat(coverage.find("CBCF-ACCESS-001"))
        .get()
        .satisfies(
            rule -> {
              assertThat(rule.getStatus()).isEqualTo(RuleCoverage.Status.EXERCISED);
              assertThat(rule.getExercisedIn()).containsExactly("expects lawful access");
            });
    // Expected on the wrong outcome: it fired, but no expectation saw it.
    assertThat(coverage.find("CBCF-INFO-001"))
        .get()
        .extracting(RuleCoverage::getStatus)
        .isEqualTo(RuleCoverage.Status.FIRED_NOT_EXPECTED);
    assertThat(coverage.find("CBCF-DATA-002"))
        .get()
        .extracting(RuleCoverage::getStatus)
        .isEqualTo(RuleCoverage.Status.NEVER_FIRED);
    assertThat(coverage.getRules())
        .extracting(RuleCoverage::getRuleId)
        .containsExactlyElementsOf(
            Reviewer.builtIn().getRules().stream().map(r -> r.getId()).toList());
    assertThat(coverage.getNotExercised()).hasSize(25);
    assertThat(coverage.isComplete()).isFalse();
  }

  @Test
  void theCoverageTestComesLastAndNamesEveryRuleNeverExercised() throws IOException {
    write(
        "access.yaml",
        """
        name: expects lawful access
        recordFile: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        """
            .formatted(RECORD_2024));

    List<DynamicTest> tests = ScenarioTests.of(Scenarios.in(folder).requireCoverage()).toList();

    assertThat(tests)
        .extracting(DynamicTest::getDisplayName)
        .containsExactly("expects lawful access", ScenarioTests.COVERAGE_TEST_NAME);
    AssertionFailedError failure =
        catchThrowableOfType(
            AssertionFailedError.class, () -> tests.get(1).getExecutable().execute());
    assertThat(failure.getMessage())
        .startsWith(
            "25 rules are never exercised by the scenarios in "
                + folder
                + ": CBCF-ACCT-001, CBCF-AI-001,")
        .contains("Add a scenario that expects each to fire.")
        .contains("Rule coverage: 1 of 26 rules exercised by 1 scenario\n")
        .containsPattern(
            "\n  CBCF-ACCESS-001 +exercised +1 +Lawful access to communications content\n")
        .containsPattern("\n  CBCF-ACCT-001 +fired, never expected +1 +Binding outcome")
        .containsPattern("\n  CBCF-DATA-002 +never fired +0 +Cross-border data flow");
  }

  @Test
  void theCoverageTestPassesWhenTheRulesThatMatterAreExercised() throws Throwable {
    write(
        "access.yaml",
        """
        name: expects lawful access
        recordFile: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        """
            .formatted(RECORD_2024));

    List<DynamicTest> tests =
        ScenarioTests.of(
                Scenarios.in(folder)
                    .requireCoverage(rule -> rule.getId().startsWith("CBCF-ACCESS")))
            .toList();

    tests.get(1).getExecutable().execute();
  }

  @Test
  void aScenarioThatCannotRunExercisesNothingAndIsNamed() throws IOException {
    write("broken.yaml", "name: broken\n");

    ScenarioCoverage coverage = Scenarios.in(folder).coverage();

    assertThat(coverage.getScenariosNotRun())
        .containsExactly(folder.resolve("broken.yaml").toString());
    assertThat(coverage.getNotExercised()).hasSize(26);
    assertThat(coverage.summary())
        .endsWith(
            "1 scenario could not run and exercised nothing: " + folder.resolve("broken.yaml"));
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }
}
