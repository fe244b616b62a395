package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch that does not fit in the heap ends with one line saying how far it got and what to do,
 * and exit 2, not a bare OutOfMemoryError. A child JVM with a tiny heap reviews many records.
 */
class BatchTooLargeForHeapTest {
  @Test
  void aBatchTooLargeForTheHeapSaysHowFarItGotAndWhatToDo(@TempDir Path folder)
      throws IOException, InterruptedException {
    for (int i = 0; i < 400; i++) {
      Files.copy(Path.of(ReviewCommandTest.RECORD), folder.resolve("copy-" + i + ".yaml"));
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                Cbcf.class.getName(),
                "review",
                "--format",
                "json",
                folder.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err;
    boolean ended;
    try {
      err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      ended = process.waitFor(5, TimeUnit.MINUTES);
    } finally {
      process.destroyForcibly();
    }

    assertThat(ended).as(err).isTrue();
    assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
    List<String> errors = err.lines().filter(l -> !l.startsWith("[")).toList();
    assertThat(errors)
        .as(err)
        .singleElement()
        .asString()
        .startsWith("cbcf: out of memory after reviewing ")
        .contains(" of 400 input(s)")
        .contains("-Xmx");
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }
}
