package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to stall or crash a run: a file far over the size limit given to {@code
 * validate}, a pipe given as a file, an unreadable subfolder. Each is refused in one line that
 * names it and says why; the timeouts only guard against a hang, they measure nothing.
 */
class InputsThatStallTest {
  private static final Duration HANG = Duration.ofMinutes(2);

  private static List<String> errorLines(CliRun run) {
    return run.err().lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void validateRefusesAFileOverTheSizeLimitBeforeParsingIt(@TempDir Path folder)
      throws IOException {
    Path huge = folder.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(20L * 1024 * 1024); // sparse: 20 MiB of nothing, written at once
    }

    CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("validate", huge.toString()));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errorLines(run))
        .singleElement()
        .asString()
        .startsWith(huge.toString())
        .contains("is larger than");
  }

  private static Path fifo(Path folder, String name) throws IOException, InterruptedException {
    Path pipe = folder.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here");
      throw e;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed");
    return pipe;
  }

  @Test
  void aPipeGivenAsARecordIsRefusedWithoutOpeningIt(@TempDir Path folder) throws Exception {
    Path pipe = fifo(folder, "record.yaml");
    for (String command : new String[] {"review", "validate"}) {
      CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of(command, pipe.toString()));

      assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(errorLines(run))
          .as(command)
          .singleElement()
          .asString()
          .startsWith(pipe.toString())
          .contains("not a regular file");
    }
  }

  @Test
  void aPipeGivenAsAStatementOrARuleFileIsRefusedWithoutOpeningIt(@TempDir Path folder)
      throws Exception {
    Path statement = fifo(folder, "statement.txt");
    Path rules = fifo(folder, "rules.drl");

    CliRun imported =
        assertTimeoutPreemptively(HANG, () -> CliRun.of("review", statement.toString()));
    CliRun ruled =
        assertTimeoutPreemptively(
            HANG, () -> CliRun.of("review", "--rules", rules.toString(), ReviewCommandTest.RECORD));

    assertThat(imported.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(imported.err()).contains(statement.toString()).contains("not a regular file");
    assertThat(ruled.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(errorLines(ruled))
        .singleElement()
        .asString()
        .contains(rules.toString())
        .contains("not a regular file");
  }

  @Test
  void aPipeInAFolderIsLeftAlone(@TempDir Path folder) throws Exception {
    fifo(folder, "pipe.yaml");
    Files.copy(Path.of(ReviewCommandTest.RECORD), folder.resolve("cbcf-2024.yaml"));

    CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("validate", folder.toString()));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("cbcf-2024.yaml").doesNotContain("pipe.yaml");
  }

  @Test
  void anUnreadableSubfolderIsOneLineAndTheOtherFilesAreStillReviewed(@TempDir Path folder)
      throws IOException {
    Files.copy(Path.of(ReviewCommandTest.RECORD), folder.resolve("cbcf-2024.yaml"));
    Path locked = Files.createDirectory(folder.resolve("locked"));
    Files.copy(Path.of(ReviewCommandTest.RECORD), locked.resolve("hidden.yaml"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      // The superuser reads any folder: there is nothing to test then.
      Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads any folder");

      CliRun run = CliRun.of("review", "--format", "json", folder.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(errorLines(run))
          .singleElement()
          .asString()
          .startsWith(locked.toString())
          .contains("permission denied");
      assertThat(run.out()).contains("cbcf-2024.yaml");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFolderThatCannotBeReadIsReportedWithTheReasonAndTheWalkGoesOn() {
    List<String> lines = new ArrayList<>();
    InputFiles.FolderVisitor visitor = new InputFiles.FolderVisitor(f -> true, lines::add);
    Path locked = Path.of("records", "locked");

    visitor.visitFileFailed(locked, new AccessDeniedException(locked.toString()));
    visitor.postVisitDirectory(Path.of("records"), new IOException("Input/output error"));

    assertThat(lines)
        .containsExactly(
            locked + ": could not be read (permission denied); skipped: check its permissions",
            "records: could not be read (IOException: Input/output error); skipped: check its"
                + " permissions");
  }
}
