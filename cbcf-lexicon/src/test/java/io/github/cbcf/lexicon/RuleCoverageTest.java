package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every subject and qualifier a rule file of the repository fires on can be found in text, in each
 * language. The codes are read from the rule files at test time, so a new rule is covered, or fails
 * here, without editing this test.
 */
class RuleCoverageTest {
  private static final RuleCodes RULES = RuleCodes.read();

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everySubjectARuleUsesHasAnEntry(String language) {
    assertThat(RULES.files)
        .as("rule files under %s", RuleCodes.RULES.toAbsolutePath())
        .isNotEmpty();
    assertThat(RULES.subjects).as("subjects used by rules").isNotEmpty();

    Set<String> covered =
        Lexicon.builtIn(language).getEntries().stream()
            .filter(e -> e.getKind() == TagKind.SUBJECT)
            .map(LexiconEntry::getCode)
            .collect(Collectors.toSet());

    assertThat(covered).as("%s lexicon subjects", language).containsAll(RULES.subjects);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyQualifierARuleUsesHasAnEntry(String language) {
    assertThat(RULES.qualifiers).as("qualifiers used by rules").contains("DOMESTIC_LAW");

    Set<String> covered =
        Lexicon.builtIn(language).getEntries().stream()
            .filter(e -> e.getKind() == TagKind.QUALIFIER)
            .map(LexiconEntry::getCode)
            .collect(Collectors.toSet());

    assertThat(covered).as("%s lexicon qualifiers", language).containsAll(RULES.qualifiers);
  }
}
