package io.github.cbcf.scenarios.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.scenarios.FindingCheck;
import io.github.cbcf.scenarios.ScenarioException;
import io.github.cbcf.scenarios.ScenarioResult;
import io.github.cbcf.scenarios.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The scenario runner: what passes, what fails, and what a failure tells the user. */
class ScenarioTestsTest {
  /**
   * The bundled 2024 record, by absolute path so that scenarios in a temporary folder can point at
   * it.
   */
  private static final String RECORD_2024 =
      Path.of("../cbcf-examples/records/cbcf-2024.yaml").toAbsolutePath().toString();

  @TempDir Path folder;

  @Test
  void aScenarioWhoseExpectationsHoldPasses() throws Throwable {
    write(
        "holds.yaml",
        """
        name: lawful access is flagged, the fentanyl sentence is not
        recordFile: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        expectAbsent:
          - rule: "*"
            outcomes: [le-fentanyl]
        """
            .formatted(RECORD_2024));

    List<DynamicTest> tests = ScenarioTests.of(Scenarios.in(folder)).toList();

    assertThat(tests)
        .singleElement()
        .satisfies(
            test -> {
              assertThat(test.getDisplayName())
                  .isEqualTo("lawful access is flagged, the fentanyl sentence is not");
              assertThat(test.getTestSourceUri()).hasValue(folder.resolve("holds.yaml").toUri());
            });
    tests.get(0).getExecutable().execute();
  }

  @Test
  void aFailureShowsExpectedAgainstActualSideBySideAndListsMissingAndUnexpected()
      throws IOException {
    write(
        "fails.yaml",
        """
        name: wrong outcome for INFO-001, and HATE-001 expected absent
        recordFile: %s
        expect:
          - rule: CBCF-INFO-001
            outcomes: [le-firearms-information-sharing]
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        expectAbsent:
          - rule: CBCF-HATE-001
            outcomes: [oc-hate-pledge]
        """
            .formatted(RECORD_2024));

    AssertionFailedError failure = failureOf(onlyTest());

    assertThat(failure.getMessage())
        .contains("failed: 1 missing, 1 unexpected")
        .containsPattern(
            "\n  rule id +\\| outcomes +\\| expected\\? +\\| found\\? \\|\n  -+\\+-+\\+-+\\+-+\\+\n")
        .containsPattern(
            "CBCF-INFO-001 +\\| le-firearms-information-sharing +\\| yes +\\| no +\\| <- MISSING")
        .containsPattern(
            "CBCF-HATE-001 +\\| oc-hate-pledge +\\| must not +\\| yes +\\| <- UNEXPECTED")
        .containsPattern("CBCF-ACCESS-001 +\\| oc-lawful-access +\\| yes +\\| yes +\\|\n")
        .containsPattern("CBCF-AI-001 +\\| oc-ai-focus +\\| not listed +\\| yes +\\|\n")
        .contains(
            "Missing (expected, not found):\n  - CBCF-INFO-001 on [le-firearms-information-sharing]:"
                + " the rule fired on [le-information-sharing-direction] instead")
        .contains(
            "  - CBCF-HATE-001 on [oc-hate-pledge] \"Joint efforts on hate crimes\": expectAbsent lists"
                + " CBCF-HATE-001 on [oc-hate-pledge]; first sentence: \"pledging joint efforts to address this issue.\"");
    // The expected and actual values let an IDE show the failing rows as a diff.
    assertThat(failure.isExpectedDefined()).isTrue();
    assertThat(failure.getExpected().getStringRepresentation())
        .contains("CBCF-INFO-001 on [le-firearms-information-sharing]: found")
        .contains("CBCF-HATE-001 on [oc-hate-pledge]: absent");
    assertThat(failure.getActual().getStringRepresentation())
        .contains("CBCF-INFO-001 on [le-firearms-information-sharing]: absent")
        .contains("CBCF-HATE-001 on [oc-hate-pledge]: found");
  }

  @Test
  void anExpectedFindingMustRestOnExactlyTheOutcomesListed() throws IOException {
    write(
        "partial.yaml",
        """
        name: only two of the three registry outcomes
        recordFile: %s
        expect:
          - rule: CBCF-REG-001
            outcomes: [fi-fara-discussed, fi-c70-highlighted]
        """
            .formatted(RECORD_2024));

    ScenarioResult result = Scenarios.in(folder).run(folder.resolve("partial.yaml"));

    assertThat(result.isPassed()).isFalse();
    assertThat(result.getMissing())
        .singleElement()
        .extracting(FindingCheck::getNote)
        .isEqualTo(
            "the rule fired on [fi-registries-reaffirmed, fi-fara-discussed, fi-c70-highlighted] instead");
  }

  @Test
  void outcomesMayBeListedInAnyOrder() throws IOException {
    write(
        "order.yaml",
        """
        name: registry outcomes in another order
        recordFile: %s
        expect:
          - rule: CBCF-REG-001
            outcomes: [fi-c70-highlighted, fi-registries-reaffirmed, fi-fara-discussed]
        """
            .formatted(RECORD_2024));

    assertThat(Scenarios.in(folder).run(folder.resolve("order.yaml")).isPassed()).isTrue();
  }

  @Test
  void expectAbsentWithoutOutcomesForbidsTheRuleAnywhereOnTheRecord() throws IOException {
    write(
        "nowhere.yaml",
        """
        name: ACCT-001 must not fire at all
        recordFile: %s
        expectAbsent:
          - rule: CBCF-ACCT-001
        """
            .formatted(RECORD_2024));

    ScenarioResult result = Scenarios.in(folder).run(folder.resolve("nowhere.yaml"));

    assertThat(result.getUnexpected())
        .extracting(FindingCheck::toString)
        .containsExactly(
            "CBCF-ACCT-001 on [fi-data-flow]", "CBCF-ACCT-001 on [fi-elections-joint-work]",
            "CBCF-ACCT-001 on [le-information-sharing-direction]",
                "CBCF-ACCT-001 on [oc-hate-pledge]");
  }

  @Test
  void theAnyRuleEntryForbidsEveryRuleOnTheOutcomesListed() throws IOException {
    write(
        "any.yaml",
        """
        name: nothing on the data-flow sentence
        recordFile: %s
        expectAbsent:
          - rule: "*"
            outcomes: [fi-data-flow, le-fentanyl]
        """
            .formatted(RECORD_2024));

    ScenarioResult result = Scenarios.in(folder).run(folder.resolve("any.yaml"));

    assertThat(result.getUnexpected())
        .extracting(FindingCheck::toString)
        .containsExactly("CBCF-ACCT-001 on [fi-data-flow]", "CBCF-DATA-001 on [fi-data-flow]");
  }

  @Test
  void anExhaustiveScenarioFailsOnAFindingItDoesNotList() throws IOException {
    String scenario =
        """
        name: lists one finding only
        recordFile: %s
        exhaustive: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        """;
    write("exhaustive.yaml", scenario.formatted(RECORD_2024, "true"));
    write("lenient.yaml", scenario.formatted(RECORD_2024, "false"));
    Scenarios scenarios = Scenarios.in(folder);

    ScenarioResult exhaustive = scenarios.run(folder.resolve("exhaustive.yaml"));
    ScenarioResult lenient = scenarios.run(folder.resolve("lenient.yaml"));

    assertThat(exhaustive.getUnexpected())
        .hasSize(16)
        .allSatisfy(
            check ->
                assertThat(check.getNote())
                    .isEqualTo("the scenario is exhaustive and does not list it under expect"));
    assertThat(lenient.isPassed()).isTrue();
    assertThat(lenient.getChecks())
        .filteredOn(c -> c.getExpectation() == FindingCheck.Expectation.UNLISTED)
        .hasSize(16)
        .allMatch(FindingCheck::isMet);
  }

  @Test
  void aSeverityOrStatusNarrowsAnExpectation() throws IOException {
    write(
        "severity.yaml",
        """
        name: INFO-001 is medium, not high
        recordFile: %s
        expect:
          - rule: CBCF-INFO-001
            outcomes: [le-information-sharing-direction]
            severity: HIGH
          - rule: CBCF-INFO-002
            outcomes: [le-firearms-information-sharing]
            severity: HIGH
            status: RAISED
        """
            .formatted(RECORD_2024));

    ScenarioResult result = Scenarios.in(folder).run(folder.resolve("severity.yaml"));

    assertThat(result.getMissing())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.getRuleId()).isEqualTo("CBCF-INFO-001");
              assertThat(check.getNote())
                  .isEqualTo(
                      "the rule fired on [le-information-sharing-direction] at MEDIUM, RAISED"
                          + " instead");
            });
  }

  @Test
  void aRuleSwitchedOffInTheGivenReviewerIsReportedAsNotFiring() throws IOException {
    write(
        "disabled.yaml",
        """
        name: lawful access with the rule switched off
        recordFile: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        """
            .formatted(RECORD_2024));

    ScenarioResult result =
        Scenarios.in(folder)
            .with(Reviewer.builder().disableRule("CBCF-ACCESS-001").build())
            .run(folder.resolve("disabled.yaml"));

    assertThat(result.getMissing())
        .singleElement()
        .extracting(FindingCheck::getNote)
        .isEqualTo("the rule did not fire on this record");
  }

  @Test
  void aMistakeInTheFileIsReportedWithLineAndFieldLikeARecordError() throws IOException {
    write(
        "typo.yaml",
        """
        name: misspelt field
        recordFile: %s
        expected:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        """
            .formatted(RECORD_2024));

    InvalidRecordException error =
        catchThrowableOfType(
            InvalidRecordException.class, () -> onlyTest().getExecutable().execute());

    assertThat(error.getMessage())
        .contains("typo.yaml:3:1: expected: unknown field 'expected' in Scenario")
        .contains("did you mean 'expect'?");
  }

  @Test
  void aScenarioNeedsExactlyOneRecord() throws IOException {
    write("none.yaml", "name: no record\n");
    write(
        "both.yaml",
        """
        name: two records
        recordFile: %s
        record:
          id: minimal
          forum: A forum
          date: "2030"
          place: Somewhere
          parties:
            - code: CA
              name: Canada
          source:
            title: Nothing said
            language: en
            text: Nothing was said.
        """
            .formatted(RECORD_2024));

    List<ScenarioResult> results = Scenarios.in(folder).run();

    assertThat(results.get(0).getError())
        .get()
        .asString()
        .contains("both.yaml")
        .contains("give either record (inline) or recordFile, not both: remove one");
    assertThat(results.get(1).getError())
        .get()
        .asString()
        .contains("none.yaml:1:1")
        .contains("missing the record to review: add recordFile");
    assertThat(results)
        .extracting(ScenarioResult::getName)
        .containsExactly("both.yaml", "none.yaml");
  }

  @Test
  void contradictoryExpectationsAreRejectedWhenTheFileIsRead() throws IOException {
    write(
        "contradiction.yaml",
        """
        name: flag and do not flag
        recordFile: %s
        expect:
          - rule: CBCF-ACCESS-001
            outcomes: [oc-lawful-access]
        expectAbsent:
          - rule: "*"
            outcomes: [oc-lawful-access]
        """
            .formatted(RECORD_2024));

    assertThat(Scenarios.in(folder).run(folder.resolve("contradiction.yaml")).getError())
        .get()
        .asString()
        .contains("contradiction.yaml:7:")
        .contains("expectAbsent[0]: contradicts expect[0]")
        .doesNotContain("Cannot construct");
  }

  @Test
  void unknownRulesAndOutcomesAreNamedWithASuggestion() throws IOException {
    write(
        "names.yaml",
        """
        name: typos in ids
        recordFile: %s
        expect:
          - rule: CBCF-ACCES-001
            outcomes: [oc-lawfull-access]
        expectAbsent:
          - rule: CBCF-HATE-001
            outcomes: [oc-hate-pledged]
        """
            .formatted(RECORD_2024));

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> onlyTest().getExecutable().execute());

    assertThat(error.getProblems())
        .allSatisfy(p -> assertThat(p.toString()).startsWith(error.getFile() + ": "))
        .extracting(p -> p.toString().substring(error.getFile().length() + 2))
        .containsExactly(
            "expect[0].rule: no rule CBCF-ACCES-001 among the rules this scenario runs with;"
                + " did you mean CBCF-ACCESS-001?",
            "expect[0].outcomes[0]: 'oc-lawfull-access' is not an outcome of record cbcf-2024;"
                + " did you mean oc-lawful-access?",
            "expectAbsent[0].outcomes[0]: 'oc-hate-pledged' is not an outcome of record cbcf-2024;"
                + " did you mean oc-hate-pledge?");
  }

  @Test
  void aRecordFileIsResolvedAgainstTheScenarioAndItsProblemsNameIt() throws IOException {
    write(
        "sub/missing-record.yaml",
        """
        name: record file that is not there
        recordFile: ../records/nowhere.yaml
        """);

    ScenarioResult result = Scenarios.in(folder).run(folder.resolve("sub/missing-record.yaml"));

    assertThat(result.getError())
        .get()
        .isInstanceOf(InvalidRecordException.class)
        .asString()
        .contains(folder.resolve("records/nowhere.yaml").toString())
        .contains("no such file");
  }

  @Test
  void aScenarioWithItsOwnRulesCannotUseAReadyBuiltReviewer() throws IOException {
    write(
        "own-rules.yaml",
        """
        name: brings its own rules
        recordFile: %s
        rules: [house.drl]
        """
            .formatted(RECORD_2024));

    ScenarioResult result =
        Scenarios.in(folder).with(Reviewer.builtIn()).run(folder.resolve("own-rules.yaml"));

    assertThat(result.getError())
        .get()
        .isInstanceOf(ScenarioException.class)
        .asString()
        .contains("use Scenarios.with(() -> Reviewer.builder()...) instead");
  }

  @Test
  void aConfiguredBuilderReviewsEveryScenarioAndTakesTheScenariosOwnRules() throws IOException {
    write(
        "house-rules/fentanyl.drl",
        """
        package org.example.test;

        import io.github.cbcf.rules.facts.Flag;
        import io.github.cbcf.rules.facts.OutcomeInContext;

        rule "Fentanyl desk"
          @id("TEST-FENT-001")
          @severity("LOW")
          @rationale("Outcomes on fentanyl may require review by the drug-policy desk.")
        when
          $o : OutcomeInContext( hasSubject("crime.fentanyl") )
        then
          insert(Flag.raise($o));
        end
        """);
    write(
        "with-own-rules.yaml",
        """
        name: a house rule fires, a rule switched off by the configuration does not
        recordFile: %s
        rules: [house-rules]
        expect:
          - rule: TEST-FENT-001
            outcomes: [le-fentanyl]
        expectAbsent:
          - rule: CBCF-ACCESS-001
        """
            .formatted(RECORD_2024));

    // README:own-rules:start
    Scenarios scenarios =
        Scenarios.in(folder).with(() -> Reviewer.builder().disableRule("CBCF-ACCESS-001"));
    // README:own-rules:end
    ScenarioResult result = scenarios.run(folder.resolve("with-own-rules.yaml"));

    assertThat(result.getError()).isEmpty();
    assertThat(result.isPassed()).as(result.describe()).isTrue();
    assertThat(result.getRules())
        .extracting(r -> r.getId())
        .contains("TEST-FENT-001", "CBCF-ACCESS-001");
  }

  @Test
  void aRuleFileThatDoesNotCompileFailsItsScenarioNamingTheFile() throws IOException {
    write("rules/broken.drl", "package org.example.test;\nrule \"half a rule\" when then\n");
    write(
        "broken-rules.yaml",
        """
        name: broken rule file
        recordFile: %s
        rules: [rules/broken.drl]
        """
            .formatted(RECORD_2024));

    ScenarioResult result = Scenarios.in(folder).run(folder.resolve("broken-rules.yaml"));

    assertThat(result.getError()).get().asString().contains("broken.drl");
    assertThat(result.describe())
        .startsWith(
            "Scenario \"broken rule file\" ("
                + folder.resolve("broken-rules.yaml")
                + ") could not run:\n");
  }

  @Test
  void aWrongFolderOrAnEmptyOneIsAnErrorNotAnEmptyPass() throws IOException {
    assertThatThrownBy(() -> ScenarioTests.of(Scenarios.in(folder.resolve("absent"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no scenario folder at");
    Files.writeString(folder.resolve("notes.txt"), "not a scenario");
    assertThatThrownBy(() -> ScenarioTests.of(Scenarios.in(folder)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no scenario files in");
  }

  @Test
  void eachScenarioRunsOncePerInstance() throws IOException {
    write("once.yaml", "name: once\nrecordFile: " + RECORD_2024 + "\n");
    Scenarios scenarios = Scenarios.in(folder);

    assertThat(scenarios.run(folder.resolve("once.yaml")))
        .isSameAs(scenarios.run(folder.resolve("once.yaml")));
  }

  private DynamicTest onlyTest() {
    List<DynamicTest> tests = ScenarioTests.of(Scenarios.in(folder)).toList();
    assertThat(tests).hasSize(1);
    return tests.get(0);
  }

  private static AssertionFailedError failureOf(DynamicTest test) {
    Executable executable = test.getExecutable();
    return catchThrowableOfType(AssertionFailedError.class, executable::execute);
  }

  private void write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
