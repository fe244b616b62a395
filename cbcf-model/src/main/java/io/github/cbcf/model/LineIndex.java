package io.github.cbcf.model;

import java.util.Arrays;

/**
 * A text with the offsets its lines start at, so that finding a span's line is a binary search, not
 * a scan. Used by the record's invariant check and by importers that make many spans of one text.
 */
public final class LineIndex {
  private final String text;
  private final int[] starts;

  /**
   * @param text the whole source text
   */
  public LineIndex(String text) {
    this.text = text;
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
  }

  String text() {
    return text;
  }

  /**
   * @return the 1-based line of an offset, as {@link SourceDocument#lineAt(String, int)} counts it
   */
  public int lineAt(int offset) {
    int found = Arrays.binarySearch(starts, Math.min(offset, text.length()));
    return found >= 0 ? found + 1 : -found - 1;
  }

  /**
   * @param start offset of the first character
   * @param end offset past the last
   * @return the span, with the line it starts on
   */
  public SourceSpan span(int start, int end) {
    return SourceSpan.of(start, end, lineAt(start));
  }
}
