package io.github.cbcf.lexicon;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A stretch of text as stems, each with its exact offsets in the source and the clause it belongs
 * to, so that a phrase's words are never gathered across the end of a sentence.
 */
final class AnalyzedText {
  final String[] stems;
  final int[] starts;
  final int[] ends;
  final int[] clauses;
  final int size;

  private AnalyzedText(String[] stems, int[] starts, int[] ends, int[] clauses, int size) {
    this.stems = stems;
    this.starts = starts;
    this.ends = ends;
    this.clauses = clauses;
    this.size = size;
  }

  static AnalyzedText of(Analyzer analyzer, String text, int start, int end) {
    String[] stems = new String[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] clauses = new int[16];
    int size = 0;
    int clause = 0;
    try (TokenStream stream =
        analyzer.tokenStream("text", new StringReader(text.substring(start, end)))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (size == stems.length) {
          int grown = size * 2;
          stems = Arrays.copyOf(stems, grown);
          starts = Arrays.copyOf(starts, grown);
          ends = Arrays.copyOf(ends, grown);
          clauses = Arrays.copyOf(clauses, grown);
        }
        int tokenStart = start + offset.startOffset();
        if (size > 0 && endsClause(text, starts[size - 1], ends[size - 1], tokenStart)) {
          clause++;
        }
        stems[size] = term.toString();
        starts[size] = tokenStart;
        ends[size] = start + offset.endOffset();
        clauses[size] = clause;
        size++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    return new AnalyzedText(stems, starts, ends, clauses, size);
  }

  /**
   * Tells whether the characters between two words end a clause: a line break, a semicolon, or a
   * full stop, question or exclamation mark followed by a space, unless the word before is an
   * abbreviation such as "U.S".
   */
  private static boolean endsClause(
      String text, int previousStart, int previousEnd, int nextStart) {
    for (int i = previousEnd; i < nextStart; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == ';') {
        return true;
      }
      if ((c == '.' || c == '!' || c == '?')
          && i + 1 < nextStart
          && Character.isWhitespace(text.charAt(i + 1))) {
        boolean abbreviation =
            c == '.'
                && i == previousEnd
                && (previousEnd - previousStart == 1
                    || text.substring(previousStart, previousEnd).indexOf('.') >= 0);
        if (!abbreviation) {
          return true;
        }
      }
    }
    return false;
  }
}
