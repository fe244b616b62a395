package io.github.cbcf.text.internal;

import io.github.cbcf.model.SourceSpan;
import java.util.Arrays;

/** The offsets at which the text's lines start, so that a span's line is found by binary search. */
final class LineStarts {
  private final int[] starts;

  LineStarts(String text) {
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

  int lineAt(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  SourceSpan span(int start, int end) {
    return SourceSpan.of(start, end, lineAt(start));
  }
}
