package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published text a record was encoded from, with its provenance. Outcome offsets point into
 * {@link #getText()}, so the text is kept exactly as published.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceDocument.class)
@JsonDeserialize(as = ImmutableSourceDocument.class)
public interface SourceDocument {
  /**
   * @return the document's title
   */
  String getTitle();

  /**
   * @return who published it, when known
   */
  Optional<String> getPublisher();

  /**
   * @return where it was published, when known
   */
  Optional<String> getUrl();

  /**
   * @return the publication date, when known
   */
  Optional<LocalDate> getPublished();

  /**
   * @return the BCP 47 language tag of the text, for example {@code en} or {@code fr}
   */
  String getLanguage();

  /**
   * @return how the text was obtained and anything a reader should know about it
   */
  Optional<String> getProvenance();

  /**
   * @return the full text, exactly as published
   */
  String getText();

  /**
   * Returns the 1-based line on which a character offset lies.
   *
   * @param text the text
   * @param offset a character offset into it
   * @return the line number
   */
  static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  @Value.Check
  default void check() {
    Invariants.of("SourceDocument")
        .requireText(getTitle(), "title")
        .requireText(getText(), "text")
        .require(
            getLanguage().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
            "language",
            "'" + getLanguage() + "' is not a BCP 47 language tag: write for example en or fr-CA")
        .throwIfBroken();
  }

  /** Builds a {@link SourceDocument}. */
  class Builder extends ImmutableSourceDocument.Builder {}
}
