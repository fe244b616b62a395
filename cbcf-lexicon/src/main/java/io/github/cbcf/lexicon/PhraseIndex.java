package io.github.cbcf.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every phrase of a lexicon keyed on its first stem, so that a text is read once, word by word, and
 * only the phrases that start with that word are tried there: the cost grows with the text's
 * length, not with the number of entries.
 */
final class PhraseIndex {
  private final Analyzer analyzer;
  private final List<CompiledEntry> entries;
  private final Map<String, CompiledPhrase[]> byFirstStem;
  private final int longestSpan;

  PhraseIndex(Analyzer analyzer, List<CompiledEntry> entries) {
    this.analyzer = analyzer;
    this.entries = List.copyOf(entries);
    Map<String, List<CompiledPhrase>> grouped = new HashMap<>();
    int longest = 1;
    for (CompiledEntry entry : this.entries) {
      for (CompiledPhrase phrase : entry.phrases) {
        grouped.computeIfAbsent(phrase.stems[0], stem -> new ArrayList<>()).add(phrase);
        longest = Math.max(longest, phrase.span());
      }
    }
    this.longestSpan = longest;
    Map<String, CompiledPhrase[]> frozen = new HashMap<>();
    grouped.forEach((stem, phrases) -> frozen.put(stem, phrases.toArray(new CompiledPhrase[0])));
    this.byFirstStem = frozen;
  }

  /**
   * @return the most phrases tried at one word of a text: with the longest span, a bound on the
   *     work per word
   */
  int mostCandidatesPerWord() {
    return byFirstStem.values().stream().mapToInt(phrases -> phrases.length).max().orElse(0);
  }

  /**
   * @return the most words one match can cover
   */
  int longestSpan() {
    return longestSpan;
  }

  List<LexiconMatch> find(String text, int start, int end) {
    AnalyzedText words = AnalyzedText.of(analyzer, text, start, end);
    List<int[]> positives = new ArrayList<>();
    List<int[]> negatives = new ArrayList<>();
    for (int first = 0; first < words.size; first++) {
      CompiledPhrase[] candidates = byFirstStem.get(words.stems[first]);
      if (candidates == null) {
        continue;
      }
      for (CompiledPhrase phrase : candidates) {
        int last = phrase.matchFrom(words, first);
        if (last >= 0) {
          (phrase.negative ? negatives : positives).add(new int[] {phrase.entry, first, last});
        }
      }
    }
    // Negatives are in order of first word, as found; overlaps are looked for among near neighbours
    // only.
    List<int[]> kept = new ArrayList<>();
    for (int[] match : positives) {
      if (!cancelled(match, negatives)) {
        kept.add(match);
      }
    }
    // Overlapping matches of one entry ("lawful access", "access to communications") are one piece
    // of evidence.
    kept.sort(
        Comparator.<int[]>comparingInt(m -> m[0])
            .thenComparingInt(m -> m[1])
            .thenComparingInt(m -> m[2]));
    List<int[]> merged = new ArrayList<>();
    for (int[] match : kept) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last[0] == match[0] && match[1] <= last[2]) {
        last[2] = Math.max(last[2], match[2]);
      } else {
        merged.add(match.clone());
      }
    }
    merged.sort(
        Comparator.<int[]>comparingInt(m -> m[1])
            .thenComparingInt(m -> m[2])
            .thenComparingInt(m -> m[0]));
    List<LexiconMatch> matches = new ArrayList<>(merged.size());
    for (int[] match : merged) {
      int from = words.starts[match[1]];
      int to = words.ends[match[2]];
      matches.add(new FoundMatch(entries.get(match[0]).entry, text.substring(from, to), from, to));
    }
    return List.copyOf(matches);
  }

  /** A negative context of the same entry that shares a word with the match cancels it. */
  private boolean cancelled(int[] match, List<int[]> negatives) {
    int from = firstAtOrAfter(negatives, match[1] - longestSpan);
    for (int i = from; i < negatives.size() && negatives.get(i)[1] <= match[2]; i++) {
      int[] negative = negatives.get(i);
      if (negative[0] == match[0] && negative[2] >= match[1]) {
        return true;
      }
    }
    return false;
  }

  private static int firstAtOrAfter(List<int[]> matches, int first) {
    int low = 0;
    int high = matches.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (matches.get(middle)[1] < first) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
