package io.github.cbcf.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.examples.corpus.CorpusScore.Expected;
import io.github.cbcf.examples.corpus.CorpusScore.Raised;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusScoreTest {
  private static final String SOURCE =
      "They agreed to share data. They discussed the weather. They will seize assets.";

  private static Raised raised(String rule, String text) {
    int at = SOURCE.indexOf(text);
    return new Raised(rule, List.of(new int[] {at, at + text.length()}));
  }

  @Test
  void aFindingOfTheRuleOnTheSentenceMeetsTheExpectation() {
    CorpusScore score = new CorpusScore();
    score.add(
        "s",
        SOURCE,
        List.of(raised("R-1", "They agreed to share data.")),
        List.of(new Expected("R-1", "share data", "")),
        List.of());

    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.missed()).isEmpty();
  }

  @Test
  void aFindingOfAnotherRuleOrSentenceDoesNot() {
    CorpusScore score = new CorpusScore();
    score.add(
        "s",
        SOURCE,
        List.of(
            raised("R-2", "They agreed to share data."),
            raised("R-1", "They discussed the weather.")),
        List.of(new Expected("R-1", "share data", "")),
        List.of());

    assertThat(score.recall()).isZero();
    assertThat(score.missed()).hasSize(1);
    assertThat(score.unlabelledCount()).isEqualTo(2);
  }

  @Test
  void aFindingDeclaredAbsentLowersPrecision() {
    CorpusScore score = new CorpusScore();
    score.add(
        "s",
        SOURCE,
        List.of(
            raised("R-1", "They agreed to share data."),
            raised("R-3", "They discussed the weather.")),
        List.of(new Expected("R-1", "share data", "")),
        List.of(new Expected("R-3", "the weather", "")));

    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.wronglyRaised()).extracting(v -> v.expected().rule()).containsExactly("R-3");
    assertThat(score.summary()).contains("raised though absent s R-3");
  }

  @Test
  void curlyQuotesAndCaseDoNotHideASentence() {
    assertThat(CorpusScore.locate("the “Statement” of Canada’s", "the \"statement\" of canada's"))
        .isZero();
    assertThat(CorpusScore.locate("nothing here", "share data")).isNegative();
  }
}
