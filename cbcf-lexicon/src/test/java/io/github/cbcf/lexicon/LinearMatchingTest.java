package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.io.RecordReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Matching reads a text once and, at each word, tries only the phrases that start with that word's
 * stem, each over a bounded span: the work per word is bounded, so the cost grows linearly with the
 * text. Checked without timing: the bounds hold for the built-in lexicons, and a long text gives
 * exactly its parts' matches.
 */
class LinearMatchingTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theWorkAtEachWordIsBounded(String language) {
    PhraseIndex index = Lexicon.builtIn(language).index();

    assertThat(index.mostCandidatesPerWord()).as("phrases starting with one stem").isBetween(1, 40);
    assertThat(index.longestSpan()).as("words one match can cover").isBetween(2, 40);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 50})
  void aLongTextGivesExactlyTheMatchesOfItsParts(int copies) {
    String statement =
        RecordReader.create()
            .read(Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml"))
            .getSource()
            .getText();
    String part = statement.endsWith("\n") ? statement : statement + "\n";
    Lexicon english = Lexicon.builtIn("en");
    List<LexiconMatch> once = english.find(part, 0, part.length());

    String text = part.repeat(copies);
    List<LexiconMatch> all = english.find(text, 0, text.length());

    assertThat(once).isNotEmpty();
    assertThat(all).hasSize(once.size() * copies);
    for (int i = 0; i < all.size(); i++) {
      LexiconMatch match = all.get(i);
      LexiconMatch original = once.get(i % once.size());
      int shift = (i / once.size()) * part.length();
      assertThat(match.getCode()).isEqualTo(original.getCode());
      assertThat(match.getStart()).isEqualTo(original.getStart() + shift);
      assertThat(match.getWords()).isEqualTo(original.getWords());
    }
  }
}
