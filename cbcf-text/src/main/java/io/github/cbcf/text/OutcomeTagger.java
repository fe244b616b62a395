package io.github.cbcf.text;

import java.util.List;

/**
 * The one pluggable step of an import: finds subjects and qualifiers in a stretch of the extracted
 * text. The import calls it once per outcome; qualifiers found in the statement's opening sentence
 * apply to the whole record.
 */
@FunctionalInterface
public interface OutcomeTagger {
  /** A tagger that finds nothing: outcomes are imported without subjects or qualifiers. */
  OutcomeTagger NONE = (text, start, end) -> List.of();

  /**
   * Finds subjects and qualifiers.
   *
   * @param text the whole extracted text
   * @param start offset of the first character to look at
   * @param end offset past the last
   * @return what was found, with offsets inside {@code [start, end)}
   */
  List<Tag> tag(String text, int start, int end);

  /**
   * The tagger to use for a statement in a language; the import calls it once, when it knows the
   * language.
   *
   * @param language the statement's BCP 47 language, for example {@code en}
   * @return a tagger for that language; by default this one
   */
  default OutcomeTagger forLanguage(String language) {
    return this;
  }
}
