package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
  private static final String SCENARIOS = "../cbcf-examples/scenarios";

  @Test
  void bundledScenariosPassAndCoverEveryRule() {
    CliRun run = CliRun.of("test", "--require-coverage", "--allow-paths-under", "..", SCENARIOS);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("PASS  ")
        .doesNotContain("FAIL  ")
        .contains("Not exercised: none")
        .containsPattern("(?m)^\\d+ passed, 0 failed$");
  }

  @Test
  void failingScenarioShowsExpectedAgainstFoundAndExitsWithOne(@TempDir Path folder)
      throws IOException {
    Path record = Path.of("../cbcf-examples/records/cbcf-2024.yaml").toAbsolutePath();
    Files.writeString(
        folder.resolve("wrong.yaml"),
        String.join(
            "\n",
            "name: wrong outcome for INFO-001",
            "recordFile: " + record,
            "expect:",
            "  - rule: CBCF-INFO-001",
            "    outcomes: [le-fentanyl]",
            ""));

    CliRun run = CliRun.of("test", "--allow-paths-under", "..", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out())
        .contains("FAIL  wrong outcome for INFO-001")
        .contains("le-fentanyl")
        .contains("le-information-sharing-direction")
        .contains("0 passed, 1 failed");
  }

  @Test
  void requireCoverageFailsWhenARuleIsNeverExercised() {
    CliRun run = CliRun.of("test", "--require-coverage", SCENARIOS + "/near-misses.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("PASS  Near misses").contains("1 passed, 0 failed");
  }

  @Test
  void missingPathIsBadInput() {
    CliRun run = CliRun.of("test", "no-such-folder");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("no-such-folder: no such file or folder");
  }

  @Test
  void validateReadsScenarioFilesAndTheirRecords() {
    CliRun run = CliRun.of("validate", "--allow-paths-under", "..", SCENARIOS + "/cbcf-2024.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("scenario \"").contains("on record cbcf-2024");
  }
}
