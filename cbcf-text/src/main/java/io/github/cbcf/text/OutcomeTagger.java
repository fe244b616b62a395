package io.github.cbcf.text;

import java.util.List;

/**
 * The one pluggable step of an import: finds subjects and qualifiers in a stretch of the extracted text. The import
 * calls it once per outcome; qualifiers found in the statement's opening sentence apply to the whole record.
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
}
