package io.github.cbcf.scenarios.junit;

import io.github.cbcf.scenarios.RuleCoverage;
import io.github.cbcf.scenarios.ScenarioCoverage;
import io.github.cbcf.scenarios.ScenarioResult;
import io.github.cbcf.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests: one test per file, named after the
 * scenario, that fails with a side-by-side table of expected and actual findings; then, if coverage
 * was required, a last test that fails when a rule is never exercised.
 *
 * <pre>{@code
 * class HouseRuleScenariosTest {
 *   @TestFactory
 *   Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.of(Scenarios.in(Path.of("src/test/scenarios"))
 *         .with(() -> Reviewer.builder().addRules(Path.of("rules")))   // optional: your own rules
 *         .requireCoverage());                                          // optional: the coverage test
 *   }
 * }
 * }</pre>
 */
public final class ScenarioTests {
  /** The display name of the coverage test {@link Scenarios#requireCoverage()} adds. */
  public static final String COVERAGE_TEST_NAME = "rule coverage";

  private ScenarioTests() {}

  /**
   * One dynamic test per scenario file, in path order, named after the scenario and pointing at its
   * file; then, if {@link Scenarios#requireCoverage()} was asked for, the coverage test.
   *
   * @param scenarios the scenarios to run
   * @return the tests, for a {@code @TestFactory}
   * @throws IllegalArgumentException when the folder does not exist or holds no scenario file
   */
  public static Stream<DynamicTest> of(Scenarios scenarios) {
    List<Path> files = scenarios.files();
    // Mapped lazily: JUnit runs each scenario as it takes its test from the stream.
    Stream<DynamicTest> tests =
        files.stream()
            .map(
                file -> {
                  ScenarioResult result = scenarios.run(file);
                  return DynamicTest.dynamicTest(
                      result.getName(), file.toUri(), () -> assertPassed(result));
                });
    if (!scenarios.isCoverageRequired()) {
      return tests;
    }
    return Stream.concat(
        tests,
        Stream.of(DynamicTest.dynamicTest(COVERAGE_TEST_NAME, () -> assertCovered(scenarios))));
  }

  /**
   * Passes silently when the scenario passed; otherwise fails the way a test should.
   *
   * @param result a scenario's result
   * @throws RuntimeException the error that kept the scenario from running, such as an {@code
   *     InvalidRecordException} naming line and field
   * @throws AssertionFailedError when findings are missing or unexpected; its message is {@link
   *     ScenarioResult#describe()}, and its expected and actual values list the rows, so that an
   *     IDE can show them side by side
   */
  public static void assertPassed(ScenarioResult result) {
    if (result.getError().isPresent()) {
      throw result.getError().get();
    }
    if (!result.isPassed()) {
      throw new AssertionFailedError(result.describe(), result.wantedRows(), result.foundRows());
    }
  }

  /**
   * Prints the coverage summary, and fails when a rule the scenarios must exercise never was.
   *
   * @param scenarios scenarios with {@link Scenarios#requireCoverage()} asked for
   * @throws AssertionFailedError naming the rules never exercised
   */
  public static void assertCovered(Scenarios scenarios) {
    ScenarioCoverage coverage = scenarios.coverage();
    String summary = coverage.summary();
    System.out.println(summary);
    List<RuleCoverage> missing = scenarios.missingCoverage();
    if (!missing.isEmpty()) {
      throw new AssertionFailedError(
          missing.size()
              + (missing.size() == 1 ? " rule is" : " rules are")
              + " never exercised by the scenarios in "
              + scenarios.getFolder()
              + ": "
              + missing.stream().map(RuleCoverage::getRuleId).collect(Collectors.joining(", "))
              + ". Add a scenario that expects each to fire.\n"
              + summary);
    }
  }
}
