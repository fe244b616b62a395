package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing to review is an error unless {@code --allow-empty}: a mistyped path must not pass CI with
 * an empty report.
 */
class EmptyInputTest {
  @TempDir Path folder;

  @Test
  void anEmptyFolderIsAnErrorNamingTheFolder() {
    CliRun run = CliRun.of("review", "--fail-on", "high", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(folder + ": the folder holds no record file")
        .contains("--allow-empty");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFolderWithNoRecordInItIsAnError() throws IOException {
    Files.writeString(folder.resolve("notes.txt"), "not a record\n");
    Files.createDirectories(folder.resolve("sub"));

    assertThat(CliRun.of("review", folder.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void aFolderNamedLikeARecordIsAnError() throws IOException {
    Path named = Files.createDirectories(folder.resolve("cbcf-2024.yaml"));

    CliRun run = CliRun.of("review", named.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("cbcf-2024.yaml: the folder holds no record file");
  }

  @Test
  void allowEmptyAcceptsItWithAReportOfNothing() {
    CliRun run = CliRun.of("review", "--allow-empty", "--format", "json", folder.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("\"inputs\" : 0").contains("\"records\" : [ ]");
  }

  @Test
  void validateRefusesAnEmptyFolderToo() {
    assertThat(CliRun.of("validate", folder.toString()).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(CliRun.of("validate", "--allow-empty", folder.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
  }
}
