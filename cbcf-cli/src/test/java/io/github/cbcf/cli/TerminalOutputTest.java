package io.github.cbcf.cli;

import static io.github.cbcf.cli.ReviewCommandTest.RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.reports.ControlCharacters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Escape sequences in a record or a file name can neither erase nor forge a line of what the
 * command line prints, on standard output or standard error, coloured or not.
 */
class TerminalOutputTest {
  /** The only escape sequences the program itself prints: the text report's colours. */
  private static final String OWN_COLOURS = "\u001B\\[[0-9;]*m";

  private static final String ATTACK = "\\e[1A\\e[2K\\rFORGED \\u202E";

  @TempDir Path folder;

  private static boolean hasRawControl(String text) {
    return text.replaceAll(OWN_COLOURS, "")
        .chars()
        .anyMatch(c -> c != '\n' && c != '\t' && ControlCharacters.isControl(c));
  }

  @ParameterizedTest(name = "--color {0}")
  @ValueSource(strings = {"never", "always"})
  void aRecordCannotDriveTheTerminalThroughTheTextReport(String colour) throws IOException {
    Path record =
        Files.writeString(
            folder.resolve("hostile.yaml"),
            Files.readString(Path.of(RECORD))
                .replace("place: \"Washington, D.C.\"", "place: \"Washington" + ATTACK + "\""));

    CliRun run = CliRun.of("review", "--color", colour, record.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(hasRawControl(run.out())).isFalse();
    assertThat(run.out()).contains("Washington\\u001B[1A\\u001B[2K FORGED \\u202E");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"review", "validate"})
  void errorMessagesShowControlCharactersAsEscapes(String command) throws IOException {
    Path hostile = folder.resolve("a\u001B[2Jb\u0085c.yaml");
    Files.writeString(hostile, "id: x\nforum: [unclosed\n");

    CliRun run = CliRun.of(command, hostile.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(hasRawControl(run.err())).isFalse();
    assertThat(run.err()).contains("a\\u001B[2Jb\\u0085c.yaml");
  }
}
