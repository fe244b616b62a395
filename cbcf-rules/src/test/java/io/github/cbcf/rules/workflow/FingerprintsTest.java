package io.github.cbcf.rules.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.Fingerprints;
import java.util.List;
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
}
