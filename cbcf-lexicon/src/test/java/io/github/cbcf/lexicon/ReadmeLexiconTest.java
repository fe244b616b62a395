package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lexicon example of the README runs as written, and the README shows it and its house file as
 * they are here.
 */
class ReadmeLexiconTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theExampleFindsTheHouseCodeBesideTheBuiltInOnes() throws Exception {
    Path houseFile = Path.of(ReadmeLexiconTest.class.getResource("house-example.lexicon").toURI());

    // README:lexicon:start
    Lexicon lexicon = Lexicon.builtIn("en").with(Lexicon.load(houseFile));
    String sentence = "They will share information on export controls within each country's laws.";
    List<String> found =
        lexicon.find(sentence, 0, sentence.length()).stream()
            .map(match -> match.getCode() + " \"" + match.getWords() + "\" " + match.getEntry())
            .toList();
    // README:lexicon:end

    assertThat(found).hasSize(3);
    assertThat(found.get(0))
        .matches(
            "data\\.information-sharing \"share information\" en\\.lexicon:\\d+ "
                + "data\\.information-sharing");
    assertThat(found.get(1))
        .isEqualTo(
            "house.export-controls \"export controls\" " + houseFile + ":3 house.export-controls");
    assertThat(found.get(2))
        .matches("DOMESTIC_LAW \"within each country's laws\" en\\.lexicon:\\d+ DOMESTIC_LAW");
    assertThat(lexicon.find("Export controls on agricultural products.", 0, 41)).isEmpty();
  }

  @Test
  void theReadmeShowsTheExampleAsWritten() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String code =
        Files.readString(
            Path.of(
                "src", "test", "java", "io", "github", "cbcf", "lexicon", "ReadmeLexiconTest.java"),
            StandardCharsets.UTF_8);
    int start = code.indexOf("// README:lexicon:start\n");
    int end = code.indexOf("// README:lexicon:end");
    String marked = code.substring(code.indexOf('\n', start) + 1, code.lastIndexOf('\n', end) + 1);

    assertThat(readme).contains(outdented(marked));
  }

  @Test
  void theReadmeShowsTheHouseFileAsItIs() throws IOException, URISyntaxException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String house =
        Files.readString(
            Path.of(ReadmeLexiconTest.class.getResource("house-example.lexicon").toURI()),
            StandardCharsets.UTF_8);

    assertThat(readme).contains(house);
  }

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
