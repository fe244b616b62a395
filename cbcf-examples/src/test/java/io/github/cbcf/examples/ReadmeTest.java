package io.github.cbcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code in the README is copied from tests that compile and run, and must stay the same as
 * theirs.
 */
class ReadmeTest {
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "scenarios, src/test/java/io/github/cbcf/examples/ExampleScenariosTest.java",
    "own-rules, ../cbcf-scenarios-junit/src/test/java/io/github/cbcf/scenarios/junit/ScenarioTestsTest.java"
  })
  void theReadmeShowsTheSnippetAsTheTestWritesIt(String snippet, String source) throws IOException {
    String code = Files.readString(Path.of(source), StandardCharsets.UTF_8);
    int start = code.indexOf("// README:" + snippet + ":start\n");
    int end = code.indexOf("// README:" + snippet + ":end");
    assertThat(start).as("start marker of " + snippet).isNotNegative();
    assertThat(end).as("end marker of " + snippet).isGreaterThan(start);
    // The formatter may leave a blank line before the end marker; it is not part of the snippet.
    String marked =
        code.substring(code.indexOf('\n', start) + 1, code.lastIndexOf('\n', end) + 1)
                .stripTrailing()
            + "\n";

    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains(outdented(marked));
  }

  /** The lines without the indentation they share, as a README shows them. */
  private static String outdented(String lines) {
    int indent =
        lines
            .lines()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines
        .lines()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
