package io.github.cbcf.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.StatementException;
import io.github.cbcf.text.Statements;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The English and French versions of the same statement, each imported with its own language's
 * lexicon and reviewed with the built-in rules, raise the same concerns: the same set of rule ids.
 * Where the two published texts differ in content, the difference is listed here with its reason.
 */
class BilingualReviewTest {
  private static final Path CORPUS = Path.of("..", "corpus");
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  /** Rules only the English version raises, by pair, because only its text holds the words. */
  private static final Map<String, Map<String, String>> ONLY_IN_ENGLISH =
      Map.of(
          "nadd-2022-11-sixth-meeting",
          Map.of(
              "CBCF-PRECURSOR-001",
              "the French text in the corpus is the statement's first two paragraphs only (see its"
                  + " expected.yaml); the English list of 2023 work, which names precursor"
                  + " chemicals, has no French counterpart there"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ca-us-2018-02-goodale-nielsen", "nadd-2022-11-sixth-meeting"})
  void theEnglishAndFrenchVersionsRaiseTheSameConcerns(String pair) {
    Set<String> english = rules(CORPUS.resolve(pair + "-en").resolve("statement.txt"));
    Set<String> french = rules(CORPUS.resolve(pair + "-fr").resolve("statement.txt"));
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(french);
    Set<String> onlyFrench = new TreeSet<>(french);
    onlyFrench.removeAll(english);

    assertThat(english).as("rules the English version raises").isNotEmpty();
    assertThat(onlyFrench).as("rules only the French version raises").isEmpty();
    assertThat(onlyEnglish)
        .as("rules only the English version raises")
        .containsExactlyInAnyOrderElementsOf(ONLY_IN_ENGLISH.getOrDefault(pair, Map.of()).keySet());
  }

  private static Set<String> rules(Path statement) {
    Set<String> ids = new TreeSet<>();
    REVIEWER.review(imported(statement)).getFindings().stream()
        .map(Finding::getRuleId)
        .forEach(ids::add);
    return ids;
  }

  /** As a user would: when the text names no party, the parties are given. */
  private static io.github.cbcf.model.ForumRecord imported(Path statement) {
    try {
      return Statements.read(statement).getRecord();
    } catch (StatementException e) {
      return Statements.builder().parties("CA", "US", "MX").build().read(statement).getRecord();
    }
  }
}
