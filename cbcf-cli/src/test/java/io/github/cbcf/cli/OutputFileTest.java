package io.github.cbcf.cli;

import static io.github.cbcf.cli.ReviewCommandTest.RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} is written whole or not at all, through a temporary file moved into place, and never
 * over an input of the run.
 */
class OutputFileTest {
  @TempDir Path folder;

  private Path record() throws IOException {
    return Files.copy(Path.of(RECORD), folder.resolve("cbcf-2024.yaml"));
  }

  private String[] filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void reviewRefusesToWriteOverItsInputRecord() throws IOException {
    Path record = record();
    String before = Files.readString(record);

    CliRun run =
        CliRun.of("review", "--format", "json", "-o", record.toString(), record.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString().contains("is an input of this run");
    assertThat(Files.readString(record)).isEqualTo(before);
  }

  @Test
  void reviewRefusesToWriteOverARecordOfAnInputFolder() throws IOException {
    Path record = record();
    String before = Files.readString(record);

    CliRun run =
        CliRun.of(
            "review",
            "--format",
            "json",
            "-o",
            folder.resolve("sub/../cbcf-2024.yaml").toString(),
            folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(record)).isEqualTo(before);
  }

  @Test
  void reviewRefusesToWriteOverItsRuleOrConfigurationFile() throws IOException {
    Path rules = Files.writeString(folder.resolve("house.drl"), "package house;\n");
    Path config = Files.writeString(folder.resolve("review.yaml"), "disableRules: [CBCF-AI-001]\n");

    CliRun overRules =
        CliRun.of("review", "--rules", rules.toString(), "-o", rules.toString(), RECORD);
    CliRun overConfig =
        CliRun.of("review", "--config", config.toString(), "-o", config.toString(), RECORD);

    assertThat(overRules.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(overConfig.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(overConfig.err()).contains("is an input of this run");
    assertThat(Files.readString(rules)).isEqualTo("package house;\n");
    assertThat(Files.readString(config)).isEqualTo("disableRules: [CBCF-AI-001]\n");
  }

  @Test
  void badInputLeavesTheOldReportAsItWas() throws IOException {
    Path broken = Files.writeString(folder.resolve("broken.yaml"), "id: x\nforum: [unclosed\n");
    Path report = Files.writeString(folder.resolve("report.md"), "the old report\n");

    CliRun run =
        CliRun.of("review", "--format", "markdown", "-o", report.toString(), broken.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(report)).isEqualTo("the old report\n");
    assertThat(filesIn(folder)).containsExactly("broken.yaml", "report.md");
  }

  @Test
  void badRulesLeaveTheOldReportAsItWas() throws IOException {
    Path rules = Files.writeString(folder.resolve("bad.drl"), "package x;\nrule \"r\" when then\n");
    Path report = Files.writeString(folder.resolve("report.md"), "the old report\n");

    CliRun run = CliRun.of("review", "--rules", rules.toString(), "-o", report.toString(), RECORD);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(report)).isEqualTo("the old report\n");
  }

  @Test
  void aReportIsMovedIntoPlaceWithNoTemporaryFileLeft() throws IOException {
    Path report = Files.writeString(folder.resolve("report.md"), "the old report\n");

    CliRun run = CliRun.of("review", "--format", "markdown", "-o", report.toString(), RECORD);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(report)).startsWith("# Review of Cross-Border Crime Forum");
    assertThat(filesIn(folder)).containsExactly("report.md");
  }

  @Test
  void anOutputInAMissingFolderIsOneLineAndLeavesNothing() throws IOException {
    Path report = folder.resolve("no-such-folder").resolve("report.md");

    CliRun run = CliRun.of("review", "-o", report.toString(), RECORD);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("report.md: its folder does not exist");
    assertThat(filesIn(folder)).isEmpty();
  }

  @Test
  void aReportThatCannotBeWrittenIsOneLineAndKeepsTheOldFile() throws IOException {
    Path locked = Files.createDirectories(folder.resolve("locked"));
    Path report = Files.writeString(locked.resolve("report.md"), "the old report\n");
    // A folder without write permission refuses the temporary file (root ignores permissions).
    locked.toFile().setWritable(false, false);
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isWritable(locked), "permissions are not enforced for this user");

      CliRun run = CliRun.of("review", "-o", report.toString(), RECORD);

      assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err().lines())
          .singleElement()
          .asString()
          .contains("report.md: the report could not be written")
          .contains("the old file is unchanged");
      assertThat(Files.readString(report)).isEqualTo("the old report\n");
      assertThat(filesIn(locked)).containsExactly("report.md");
    } finally {
      locked.toFile().setWritable(true, false);
    }
  }

  @Test
  void aReportOnAFileSystemThatRefusesWritesIsOneLine() {
    // Even root cannot create a file in /proc.
    Path proc = Path.of("/proc");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux /proc");

    CliRun run = CliRun.of("review", "-o", proc.resolve("cbcf-report.md").toString(), RECORD);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("cbcf-report.md: the report could not be written")
        .doesNotContain("\tat ");
  }

  @Test
  void importRefusesToWriteOverItsStatementEvenWithForce() throws IOException {
    Path statement =
        Files.copy(
            Path.of("../cbcf-examples/statements/cbcf-2024.txt"), folder.resolve("statement.txt"));
    String before = Files.readString(statement);

    CliRun run = CliRun.of("import", "--force", "-o", statement.toString(), statement.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("is an input of this run");
    assertThat(Files.readString(statement)).isEqualTo(before);
  }
}
