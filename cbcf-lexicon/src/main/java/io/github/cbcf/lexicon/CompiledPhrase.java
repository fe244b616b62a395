package io.github.cbcf.lexicon;

import java.util.Arrays;

/**
 * A phrase as stems, with the number of other words allowed before each of its words after the
 * first. It belongs to one entry, as a phrase that indicates it or as a negative context that
 * cancels it.
 */
final class CompiledPhrase {
  final String[] stems;
  final int[] gapsBefore;
  final int entry;
  final boolean negative;

  CompiledPhrase(String[] stems, int[] gapsBefore, int entry, boolean negative) {
    this.stems = stems;
    this.gapsBefore = gapsBefore;
    this.entry = entry;
    this.negative = negative;
  }

  CompiledPhrase forEntry(int newEntry) {
    return new CompiledPhrase(stems, gapsBefore, newEntry, negative);
  }

  /**
   * @return the most words a match of this phrase can cover
   */
  int span() {
    int span = stems.length;
    for (int gap : gapsBefore) {
      span += gap;
    }
    return span;
  }

  /**
   * @return the same stems and gaps, as a key that finds two ways of writing the same phrase
   */
  String key() {
    return Arrays.toString(stems) + Arrays.toString(gapsBefore);
  }

  /**
   * Matches the phrase with its first word at {@code first}, taking each next word at its earliest
   * place within the gap, which never misses a match that a later choice would find.
   *
   * @return the index of the last matched word, or -1
   */
  int matchFrom(AnalyzedText text, int first) {
    int at = first;
    int clause = text.clauses[first];
    for (int k = 1; k < stems.length; k++) {
      int found = -1;
      int limit = Math.min(text.size - 1, at + 1 + gapsBefore[k]);
      for (int next = at + 1; next <= limit && text.clauses[next] == clause; next++) {
        if (text.stems[next].equals(stems[k])) {
          found = next;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      at = found;
    }
    return at;
  }
}
