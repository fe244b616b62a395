package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in lexicons load cleanly and cover the whole catalogue, subjects and qualifiers, in
 * each language.
 */
class BuiltInLexiconsTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyBuiltInSubjectHasAnEntry(String language) {
    Set<String> codes = codes(Lexicon.builtIn(language), TagKind.SUBJECT);

    assertThat(codes).containsAll(Subjects.builtIn().stream().map(Subject::getCode).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyQualifierKindHasAnEntry(String language) {
    Set<String> codes = codes(Lexicon.builtIn(language), TagKind.QUALIFIER);

    assertThat(codes).containsAll(Arrays.stream(QualifierKind.values()).map(Enum::name).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void entriesSayWhereTheyComeFrom(String language) {
    for (LexiconEntry entry : Lexicon.builtIn(language).getEntries()) {
      assertThat(entry.getFile()).isEqualTo(language + ".lexicon");
      assertThat(entry.getLine()).isPositive();
      assertThat(entry.getLabel()).isNotBlank();
      assertThat(entry.getPhrases()).isNotEmpty();
      assertThat(entry.getReference())
          .isEqualTo(language + ".lexicon:" + entry.getLine() + " " + entry.getCode());
      entry
          .getPhrases()
          .forEach(phrase -> assertThat(phrase.getLine()).isGreaterThan(entry.getLine()));
    }
  }

  @Test
  void aRegionalTagFindsItsLanguage() {
    assertThat(Lexicon.builtIn("fr-CA").getLanguage()).isEqualTo("fr");
    assertThat(Lexicon.builtIn("en_US").getLanguage()).isEqualTo("en");
    assertThat(Lexicon.builtInLanguages()).containsExactlyInAnyOrder("en", "fr");
  }

  @Test
  void aLanguageWithNoLexiconIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> Lexicon.builtIn("de"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("no built-in lexicon for language 'de'")
        .hasMessageContaining("en, fr");
  }

  private static Set<String> codes(Lexicon lexicon, TagKind kind) {
    return lexicon.getEntries().stream()
        .filter(e -> e.getKind() == kind)
        .map(LexiconEntry::getCode)
        .collect(Collectors.toSet());
  }
}
