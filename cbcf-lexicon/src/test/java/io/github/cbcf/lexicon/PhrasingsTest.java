package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The many ways statements phrase each concern are found, and the near misses are not. The cases
 * are data, one a line in {@code phrasings-en.txt} and {@code phrasings-fr.txt}: {@code + CODE |
 * sentence} or {@code - CODE | sentence}.
 */
class PhrasingsTest {
  static Stream<Arguments> english() {
    return cases("en");
  }

  static Stream<Arguments> french() {
    return cases("fr");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"english", "french"})
  void theCodeIsFoundExactlyWhenItShouldBe(PhrasingCase phrasing) {
    List<String> codes =
        Lexicon.builtIn(phrasing.language())
            .find(phrasing.sentence(), 0, phrasing.sentence().length())
            .stream()
            .map(LexiconMatch::getCode)
            .toList();

    if (phrasing.expected()) {
      assertThat(codes).as("codes found in \"%s\"", phrasing.sentence()).contains(phrasing.code());
    } else {
      assertThat(codes)
          .as("codes found in \"%s\"", phrasing.sentence())
          .doesNotContain(phrasing.code());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyEntryOfTheLexiconHasAPositiveCase(String language) {
    Set<String> tested =
        cases(language)
            .map(arguments -> (PhrasingCase) ((Named<?>) arguments.get()[0]).getPayload())
            .filter(PhrasingCase::expected)
            .map(PhrasingCase::code)
            .collect(Collectors.toSet());

    assertThat(tested)
        .containsAll(
            Lexicon.builtIn(language).getEntries().stream().map(LexiconEntry::getCode).toList());
  }

  record PhrasingCase(String language, boolean expected, String code, String sentence) {}

  private static Stream<Arguments> cases(String language) {
    String resource = "phrasings-" + language + ".txt";
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = PhrasingsTest.class.getResourceAsStream(resource)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int bar = line.indexOf('|');
        if ((line.charAt(0) != '+' && line.charAt(0) != '-') || bar < 0) {
          throw new IllegalStateException(
              resource + ":" + (i + 1) + ": write '+ CODE | sentence' or '- CODE | sentence'");
        }
        PhrasingCase phrasing =
            new PhrasingCase(
                language,
                line.charAt(0) == '+',
                line.substring(1, bar).strip(),
                line.substring(bar + 1).strip());
        cases.add(Arguments.of(Named.of(resource + ":" + (i + 1) + " " + line, phrasing)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException(resource + " has no cases");
    }
    return cases.stream();
  }
}
