package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario may not make {@code cbcf test} or {@code cbcf validate} read a record, or run rules,
 * from outside its folder (and the working directory) unless {@code --allow-paths-under} says so;
 * {@code validate} refuses what {@code test} refuses.
 */
class ScenarioPathConfinementTest {
  @TempDir Path root;

  /** A scenario in {@code root/scenarios} naming a record (and rules) in {@code root/outside}. */
  private Path scenarioNaming(Path record, Path rules) throws IOException {
    Path scenarios = Files.createDirectories(root.resolve("scenarios"));
    return Files.writeString(
        scenarios.resolve("s.yaml"),
        "name: reaches out\n"
            + "recordFile: "
            + scenarios.relativize(record)
            + "\n"
            + (rules == null ? "" : "rules: [" + scenarios.relativize(rules) + "]\n")
            + "expect:\n  - rule: CBCF-INFO-001\n    outcomes: [le-information-sharing-direction]\n");
  }

  private Path outside(String name, Path source) throws IOException {
    Path folder = Files.createDirectories(root.resolve("outside"));
    return Files.copy(source, folder.resolve(name));
  }

  @Test
  void aRecordFileOutsideTheScenarioFolderIsRefusedByTestAndValidate() throws IOException {
    Path scenario = scenarioNaming(outside("r.yaml", Path.of(ReviewCommandTest.RECORD)), null);

    CliRun test = CliRun.of("test", scenario.getParent().toString());
    CliRun validate = CliRun.of("validate", scenario.toString());

    assertThat(test.exitCode()).isNotZero();
    assertThat(test.out()).contains("FAIL").contains("recordFile").contains("leads out of");
    assertThat(validate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(validate.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith(scenario.toString())
        .contains("recordFile: ../outside/r.yaml leads out of the scenario folder");
  }

  @Test
  void ruleFilesOutsideTheScenarioFolderAreRefusedBeforeTheyAreCompiled() throws IOException {
    Path rules = outside("exits.drl", Path.of("src/test/resources/misbehaving/exits.drl"));
    Path scenario = scenarioNaming(outside("r.yaml", Path.of(ReviewCommandTest.RECORD)), rules);

    // Run, the rule would end the test JVM: being refused is what lets this test finish.
    CliRun test = CliRun.of("test", scenario.getParent().toString());
    CliRun validate = CliRun.of("validate", scenario.toString());

    assertThat(test.out()).contains("FAIL").contains("rules[0]").contains("leads out of");
    assertThat(validate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(validate.err()).contains("rules[0]: ../outside/exits.drl leads out of");
  }

  @Test
  void allowPathsUnderLetsAScenarioReachAFolderNamedOnTheCommandLine() throws IOException {
    Path scenario = scenarioNaming(outside("r.yaml", Path.of(ReviewCommandTest.RECORD)), null);

    CliRun test =
        CliRun.of("test", "--allow-paths-under", root.toString(), scenario.getParent().toString());
    CliRun validate =
        CliRun.of("validate", "--allow-paths-under", root.toString(), scenario.toString());

    assertThat(test.out()).as(test.err()).contains("PASS  reaches out");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
  }
}
