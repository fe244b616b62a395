package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The English and French versions of a sentence give the same subjects and qualifiers. */
class BilingualPairsTest {
  private static final String RESOURCE = "bilingual-pairs.txt";

  record Pair(String english, String french) {}

  static Stream<Arguments> pairs() {
    return read().stream().map(pair -> Arguments.of(Named.of(pair.english(), pair)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void bothLanguagesFindTheSameCodes(Pair pair) {
    Set<String> english = codes("en", pair.english());
    Set<String> french = codes("fr", pair.french());

    assertThat(english).as("codes in the English sentence").isNotEmpty();
    assertThat(french).as("codes in \"%s\"", pair.french()).isEqualTo(english);
  }

  @Test
  void thePairsCoverEveryCodeTheRulesUse() {
    Set<String> covered =
        read().stream()
            .flatMap(pair -> codes("en", pair.english()).stream())
            .collect(Collectors.toSet());
    RuleCodes rules = RuleCodes.read();

    assertThat(covered).containsAll(rules.subjects);
    assertThat(covered).contains("DOMESTIC_LAW", "RIGHTS_PROTECTED_BY_LAW");
  }

  private static Set<String> codes(String language, String sentence) {
    return Lexicon.builtIn(language).find(sentence, 0, sentence.length()).stream()
        .map(LexiconMatch::getCode)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Pair> read() {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = BilingualPairsTest.class.getResourceAsStream(RESOURCE)) {
      String english = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("en: ")) {
          english = line.substring(4).strip();
        } else if (line.startsWith("fr: ")) {
          pairs.add(new Pair(english, line.substring(4).strip()));
          english = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(pairs)
        .as(RESOURCE)
        .hasSizeGreaterThan(10)
        .allSatisfy(pair -> assertThat(pair.english()).isNotNull());
    return pairs;
  }
}
