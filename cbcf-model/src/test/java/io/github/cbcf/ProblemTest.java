package io.github.cbcf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aViolationIsPlacedUnderTheValueItWasFoundIn() {
    Problem violation = Problem.of("location.end", "is too far");

    assertThat(violation.under("outcomes[2]"))
        .isEqualTo(Problem.of("outcomes[2].location.end", "is too far"));
    assertThat(violation.under("")).isSameAs(violation);
    assertThat(Problem.of("", "needs a phone").under("contacts[0]"))
        .isEqualTo(Problem.of("contacts[0]", "needs a phone"));
  }

  @Test
  void itReadsAsPathThenMessage() {
    assertThat(Problem.of("date", "is wrong")).hasToString("date: is wrong");
    assertThat(Problem.of("", "is wrong")).hasToString("is wrong");
  }

  @Test
  void equalityIsByPathAndMessage() {
    assertThat(Problem.of("a", "m"))
        .isEqualTo(Problem.of("a", "m"))
        .hasSameHashCodeAs(Problem.of("a", "m"))
        .isNotEqualTo(Problem.of("b", "m"))
        .isNotEqualTo(Problem.of("a", "n"));
  }

  @Test
  void inAFileItReadsAsCompilersPrint() {
    assertThat(
            Problem.at("a.yaml", 3, 7, "outcomes[0].kind", "unknown OutcomeKind 'AGRED'")
                .withSuggestion("did you mean AGREED?"))
        .hasToString(
            "a.yaml:3:7: outcomes[0].kind: unknown OutcomeKind 'AGRED'; did you mean AGREED?");
    assertThat(Problem.at("rules.drl", 12, 0, "rule \"My rule\"", "syntax error"))
        .hasToString("rules.drl:12: rule \"My rule\": syntax error");
    assertThat(Problem.at("a.yaml", 0, 0, "", "no such file")).hasToString("a.yaml: no such file");
    assertThat(Problem.of("date", "is wrong").in("a.yaml", 2, 1))
        .hasToString("a.yaml:2:1: date: is wrong");
  }

  @Test
  void problemsSortByFileThenPlace() {
    Problem late = Problem.at("a.yaml", 9, 1, "", "late");
    Problem early = Problem.at("a.yaml", 2, 5, "", "early");
    Problem other = Problem.at("b.yaml", 1, 1, "", "other file");
    assertThat(java.util.stream.Stream.of(other, late, early).sorted())
        .containsExactly(early, late, other);
  }

  @Test
  void everyFailureOfTheLibraryIsACbcfException() {
    assertThat(new CbcfException("failed", null))
        .isInstanceOf(RuntimeException.class)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getProblems()).isEmpty());
  }

  @Test
  void aLineBreakOrEscapeInAValueDoesNotSplitTheLine() {
    Problem problem =
        Problem.at(
            "r.yaml", 3, 5, "sections[0].title", "unknown value 'a\nr.yaml:1:1: forged\u001b[2J'");

    assertThat(problem.toString())
        .doesNotContain("\n")
        .doesNotContain("\u001b")
        .isEqualTo(
            "r.yaml:3:5: sections[0].title: unknown value 'a\\nr.yaml:1:1: forged\\u001B[2J'");
  }

  @Test
  void aHugeKeyIsCutShortInTheMessageAndThePath() {
    String key = "k".repeat(1 << 20);
    Problem problem =
        Problem.at("r.yaml", 2, 1, key, "unknown field '" + key + "'; remove it")
            .withSuggestion("did you mean " + key + "?");

    String line = problem.toString();

    assertThat(line.length()).isLessThan(1000);
    assertThat(line)
        .startsWith("r.yaml:2:1: " + "k".repeat(Problem.MAX_VALUE_LENGTH) + "…: ")
        .contains("'" + "k".repeat(Problem.MAX_VALUE_LENGTH) + "…'; remove it");
    assertThat(problem.getMessage()).hasSize(key.length() + "unknown field ''; remove it".length());
  }

  @Test
  void shortValuesAndLongSentencesAreLeftWhole() {
    String sentence = "word ".repeat(100).trim();
    assertThat(Problem.oneLine(sentence)).isEqualTo(sentence);
    assertThat(Problem.oneLine("tab\there")).isEqualTo("tab here");
  }
}
