package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A rule that loops, recurses, allocates without end or calls {@code System.exit} gets one line on
 * standard error naming it, no stack trace, and exit code 2, even with {@code --fail-on}; the
 * program is never ended by the rule.
 */
class MisbehavingRuleCommandTest {
  private static final String RECORD = ReviewCommandTest.RECORD;
  private static final String RULES = "../cbcf-rules/src/test/resources/custom/misbehaving/";

  private static void assertOneErrorLineNaming(CliRun run, String rule, String what) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    List<String> lines = run.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
    assertThat(lines).as(run.err()).hasSize(1);
    assertThat(lines.get(0)).contains("\"" + rule + "\"").contains(what).contains("outcome ");
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void endlessLoopInARuleIsStoppedByTheTimeLimit() {
    CliRun run =
        CliRun.of(
            "review",
            "--time-limit",
            "1s",
            "--fail-on",
            "low",
            "--rules",
            RULES + "endless-loop.drl",
            RECORD);

    assertOneErrorLineNaming(run, "Spins on every outcome", "time limit of 1 s");
  }

  @Test
  void stackOverflowInARuleIsOneLineAndExitTwo() {
    CliRun run =
        CliRun.of("review", "--fail-on", "low", "--rules", RULES + "recursion.drl", RECORD);

    assertOneErrorLineNaming(run, "Recurses on every outcome", "StackOverflowError");
  }

  @Test
  void outOfMemoryInARuleIsOneLineAndExitTwo() {
    CliRun run =
        CliRun.of("review", "--fail-on", "low", "--rules", RULES + "allocation.drl", RECORD);

    assertOneErrorLineNaming(run, "Allocates on every outcome", "OutOfMemoryError");
  }

  @Test
  void timeLimitThatIsNotATimeIsAUsageError() {
    CliRun run = CliRun.of("review", "--time-limit", "soon", RECORD);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("'soon' is not a time");
  }

  @Test
  void timeLimitOfZeroReviewsWithoutALimit() {
    assertThat(CliRun.of("review", "--time-limit", "0", RECORD).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void ruleCallingSystemExitDoesNotEndTheProgramWithItsCode()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Cbcf.class.getName(),
                "review",
                "--fail-on",
                "low",
                "--rules",
                "src/test/resources/misbehaving/exits.drl",
                RECORD)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err;
    boolean ended;
    try {
      err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      ended = process.waitFor(3, TimeUnit.MINUTES);
    } finally {
      process.destroyForcibly();
    }

    assertThat(ended).as(err).isTrue();
    // The rule asked for 0; the program says error.
    assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.lines().filter(l -> l.startsWith("cbcf: ")).toList())
        .singleElement()
        .asString()
        .contains("\"Exits on every outcome\"")
        .contains("System.exit");
    assertThat(err).doesNotContain("\tat ");
  }
}
