package io.github.cbcf.text.internal;

import io.github.cbcf.text.StatementFormat;
import java.util.List;

/**
 * A statement's text as extracted from its file, with what the markup said: the title, the lines
 * that are headings (Markdown {@code #}, HTML h1 to h6), and a date from the document's metadata.
 */
public final class Extracted {
  final String text;
  final String title;
  final StatementFormat format;

  /**
   * Offsets of the first character of each line that the markup marks as a heading; null for plain
   * text.
   */
  final List<Integer> headingStarts;

  final String metadataDate;

  Extracted(
      String text,
      String title,
      StatementFormat format,
      List<Integer> headingStarts,
      String metadataDate) {
    this.text = text;
    this.title = title;
    this.format = format;
    this.headingStarts = headingStarts;
    this.metadataDate = metadataDate;
  }

  /**
   * @return the extracted text every offset refers to
   */
  public String text() {
    return text;
  }
}
