package io.github.cbcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.scenarios.RuleCoverage;
import io.github.cbcf.scenarios.Scenario;
import io.github.cbcf.scenarios.ScenarioCoverage;
import io.github.cbcf.scenarios.ScenarioResult;
import io.github.cbcf.scenarios.Scenarios;
import io.github.cbcf.scenarios.junit.ScenarioTests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example scenarios, run exactly as a user runs their own, and the rules they must exercise.
 */
class ExampleScenariosTest {
  private static final Path FOLDER = Path.of("scenarios");
  private static final String RECORD_2024_SCENARIO = "cbcf-2024.yaml";

  // README:scenarios:start
  // One instance for the class: each scenario runs once, and its result stays for coverage()
  // afterwards.
  private static final Scenarios SCENARIOS = Scenarios.in(Path.of("scenarios")).requireCoverage();

  @TestFactory
  Stream<DynamicTest> scenarios() {
    return ScenarioTests.of(SCENARIOS); // one test per scenario file, then "rule coverage"
  }

  // README:scenarios:end

  @Test
  void theInventedScenariosAloneExerciseEveryBuiltInRule() {
    String recordScenario = SCENARIOS.run(FOLDER.resolve(RECORD_2024_SCENARIO)).getName();
    ScenarioCoverage coverage = SCENARIOS.coverage();

    List<String> onlyThe2024Record =
        coverage.getRules().stream()
            .filter(r -> r.getDescription().isBuiltIn())
            .filter(r -> r.getExercisedIn().stream().allMatch(recordScenario::equals))
            .map(RuleCoverage::getRuleId)
            .toList();

    assertThat(onlyThe2024Record).as("built-in rules exercised by no invented scenario").isEmpty();
    assertThat(coverage.getRules())
        .extracting(RuleCoverage::getRuleId)
        .containsAll(Reviewer.builtIn().getRules().stream().map(RuleDescription::getId).toList());
  }

  @Test
  void everyScenarioFileOpensWithItsLegalReasoningInCautiousWords() throws IOException {
    for (Path file : SCENARIOS.files()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(file.toString()).startsWith("# Legal reasoning: ");
      // The comment as one paragraph, so that a phrase broken over two lines still counts.
      String comment =
          String.join(
              " ",
              text.lines()
                  .takeWhile(l -> l.startsWith("#"))
                  .map(l -> l.substring(1).strip())
                  .toList());
      assertThat(comment)
          .as(file.toString())
          .contains("may require review")
          .contains("legal advice");
    }
  }

  @Test
  void everyInventedRecordSaysInItsProvenanceThatItIsFictional() {
    Map<String, ForumRecord> records = new TreeMap<>();
    for (ScenarioResult result : SCENARIOS.run()) {
      Scenario scenario = result.getScenario().orElseThrow();
      ForumRecord record =
          scenario
              .getRecord()
              .orElseGet(
                  () ->
                      RecordReader.create()
                          .read(
                              result
                                  .getFile()
                                  .toAbsolutePath()
                                  .getParent()
                                  .resolve(scenario.getRecordFile().orElseThrow())));
      records.put(record.getId(), record);
    }
    records.remove("cbcf-2024");

    assertThat(records).hasSizeGreaterThanOrEqualTo(6);
    records.forEach(
        (id, record) -> {
          assertThat(id).endsWith("-fictional");
          assertThat(record.getSource().getProvenance())
              .as(id)
              .hasValueSatisfying(p -> assertThat(p).startsWith("Fictional statement"));
        });
  }
}
