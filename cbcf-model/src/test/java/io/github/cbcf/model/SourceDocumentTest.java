package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDocumentTest {
  @Test
  void aSourceKeepsItsTextAndProvenance() {
    SourceDocument source = RecordFixtures.source();

    assertThat(source.getText()).isEqualTo(RecordFixtures.SOURCE_TEXT);
    assertThat(source.getPublished()).contains(LocalDate.of(2024, 7, 12));
    assertThat(source.getLanguage()).isEqualTo("en");
  }

  @Test
  void lineAtCountsLineBreaksBeforeTheOffset() {
    String text = "first\nsecond\n\nfourth";

    assertThat(SourceDocument.lineAt(text, 0)).isEqualTo(1);
    assertThat(SourceDocument.lineAt(text, 5)).as("the line break itself").isEqualTo(1);
    assertThat(SourceDocument.lineAt(text, 6)).isEqualTo(2);
    assertThat(SourceDocument.lineAt(text, 13)).isEqualTo(3);
    assertThat(SourceDocument.lineAt(text, 14)).isEqualTo(4);
    assertThat(SourceDocument.lineAt(text, 1000)).as("past the end").isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "fr-CA", "es-419", "zh-Hant-TW", "haw"})
  void aBcp47LanguageTagIsAccepted(String language) {
    assertThat(
            new SourceDocument.Builder()
                .from(RecordFixtures.source())
                .language(language)
                .build()
                .getLanguage())
        .isEqualTo(language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"English", "EN", "e", "en_CA", "en-", ""})
  void anotherLanguageIsRefusedWithAnExample(String language) {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new SourceDocument.Builder()
                    .from(RecordFixtures.source())
                    .language(language)
                    .build());

    assertThat(violation.getPath()).isEqualTo("language");
    assertThat(violation.getMessage())
        .isEqualTo(
            "'" + language + "' is not a BCP 47 language tag: write for example en or fr-CA");
  }

  @Test
  void aBlankTitleOrTextIsRefused() {
    assertThat(
            BrokenInvariants.of(
                () ->
                    new SourceDocument.Builder()
                        .from(RecordFixtures.source())
                        .title("")
                        .text(" \n")
                        .build()))
        .containsExactly(
            Problem.of("title", "must not be blank: write the text out"),
            Problem.of("text", "must not be blank: write the text out"));
  }
}
