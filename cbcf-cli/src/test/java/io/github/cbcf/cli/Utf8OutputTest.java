package io.github.cbcf.cli;

import static io.github.cbcf.cli.ReviewCommandTest.RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code LANG=C}, where the JVM's default charset is ASCII, the program still writes UTF-8 on
 * standard output and standard error, instead of turning every non-ASCII character into '?'.
 */
class Utf8OutputTest {
  @TempDir Path folder;

  private static Run runUnderLangC(String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Dfile.encoding=ANSI_X3.4-1968",
                "-cp",
                System.getProperty("java.class.path"),
                Cbcf.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    builder.redirectError(ProcessBuilder.Redirect.PIPE);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String out, String err) {}

  @Test
  void standardOutputAndErrorCarryUtf8UnderLangC() throws Exception {
    // The file's name is ASCII, as arguments are decoded by the locale too; its content is not.
    Path record =
        Files.writeString(
            folder.resolve("bad.yaml"),
            Files.readString(Path.of(RECORD)).replace("kind: AGREED", "kind: AGRÉÉ"));

    Run review = runUnderLangC("review", "--color", "never", RECORD);
    Run error = runUnderLangC("review", record.toString());

    assertThat(review.exitCode()).as(review.err()).isZero();
    assertThat(review.out()).contains("Joint communiqué").contains("each country’s laws");
    assertThat(error.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(error.err()).contains("'AGRÉÉ'");
  }
}
