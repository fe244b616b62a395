package io.github.cbcf.rules.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.Fingerprints;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  private static final String SENTENCE =
      "The Ministers agreed to share information within each country's laws.";

  @Test
  void caseSpacingAndPunctuationDoNotChangeAFingerprint() {
    String print = Fingerprints.of("CBCF-SHARE-001", List.of(SENTENCE));

    assertThat(
            Fingerprints.of(
                "CBCF-SHARE-001",
                List.of(
                    "  the ministers AGREED to share\ninformation, within each country’s laws")))
        .isEqualTo(print);
    assertThat(print).matches("[0-9a-f]{16}");
  }

  @Test
  void otherWordsOrAnotherRuleGiveAnotherFingerprint() {
    String print = Fingerprints.of("CBCF-SHARE-001", List.of(SENTENCE));

    assertThat(Fingerprints.of("CBCF-SHARE-002", List.of(SENTENCE))).isNotEqualTo(print);
    assertThat(Fingerprints.of("CBCF-SHARE-001", List.of(SENTENCE.replace("agreed", "noted"))))
        .isNotEqualTo(print);
  }

  @Test
  void theOrderOfTheOutcomesDoesNotMatter() {
    assertThat(Fingerprints.of("R", List.of("first sentence", "second sentence")))
        .isEqualTo(Fingerprints.of("R", List.of("second sentence", "first sentence")))
        .isNotEqualTo(Fingerprints.of("R", List.of("first sentence")));
  }

  @Test
  void wordsAreLowerCaseAndSeparatedBySingleSpaces() {
    assertThat(Fingerprints.words("  Foreign-agent   registries: U.S. & Canada! "))
        .isEqualTo("foreign agent registries u s canada");
  }

  /**
   * The words of a text are defined by a regular expression; the single pass that replaced it for
   * speed must agree with it on any text, accents, other scripts, numbers, surrogates and controls
   * included.
   */
  @Test
  void wordsAgreeWithTheirDefinitionAsARegularExpression() {
    Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
    String alphabet =
        "aZ9 ,.-’'\t\n\u00e9\u00c9\u0130\u03a3\u03c2\u2167\u00bd\u0660\u02b0\u01c5"
            + "\ufb01\u00a0\u200b\u202e\u4e2d\ud83d\ude00\ud800\u0301\uff21";
    Random random = new Random(20261202L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      // Every other text is all ASCII (0 to 127), which takes a path of its own.
      boolean ascii = n % 2 == 0;
      for (int i = 0; i < length; i++) {
        text.append(
            ascii
                ? (char) random.nextInt(128)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = text.toString();
      String normal = Normalizer.normalize(input, Normalizer.Form.NFKC);
      String expected = notAWord.matcher(normal.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();

      assertThat(Fingerprints.words(input))
          .as("words of %s", input.codePoints().toArray())
          .isEqualTo(expected);
    }
  }
}
