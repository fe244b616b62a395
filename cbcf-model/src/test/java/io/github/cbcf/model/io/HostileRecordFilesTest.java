package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests, each named after what it guards, for inputs that once crashed or stalled the
 * reader.
 */
class HostileRecordFilesTest {
  @TempDir Path directory;

  private static String refusal(Path file) {
    Throwable thrown = catchThrowable(() -> RecordReader.create().read(file));
    assertThat(thrown)
        .as("the reader must refuse %s", file)
        .isInstanceOf(InvalidRecordException.class);
    // The message is a header line, then one bounded line per problem, each naming the file.
    java.util.List<String> lines = thrown.getMessage().lines().map(String::strip).toList();
    assertThat(lines.subList(1, lines.size()))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).as(line).startsWith(file + ":").hasSizeLessThan(400));
    return thrown.getMessage();
  }

  @Test
  void aNumberWithAnExponentPastIntRangeIsAProblemNotACrash() throws IOException {
    Path file =
        Files.writeString(directory.resolve("huge-exponent.json"), "{\"id\": 1e2147483648}");

    assertThat(refusal(file))
        .contains(":1:")
        .contains("id: the number 1e2147483648 is out of range");
  }

  @Test
  void aHugeNumberIsReportedOnOneBoundedLineWithItsPlace() throws IOException {
    Path file =
        Files.writeString(
            directory.resolve("huge-int.json"), "{\"id\": 1" + "0".repeat(5000) + "}");

    assertThat(refusal(file)).contains(file + ":1:");
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsParsed() throws IOException {
    // Deeply nested and large: parsing it would be slow; the size alone must refuse it at once.
    Path file = directory.resolve("large.yaml");
    Files.writeString(file, "[".repeat(9 * 1024 * 1024));

    String message = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(file));
    assertThat(message).contains("is larger than " + RecordReader.DEFAULT_MAX_BYTES + " bytes");
  }

  @Test
  void aFolderNamedLikeARecordIsRefused() throws IOException {
    Path folder = Files.createDirectory(directory.resolve("folder.yaml"));

    assertThat(refusal(folder)).contains("is a folder");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPipeNamedLikeARecordIsRefusedWithoutBlocking() throws Exception {
    Path fifo = directory.resolve("pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    String message = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(fifo));
    assertThat(message).contains("is not a regular file");
  }
}
