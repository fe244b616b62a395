package io.github.cbcf.text.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a statement's language from its function words (languages.tsv), and whether the import
 * covers it.
 */
final class LanguageGuess {
  static final class Guess {
    final String language;
    final boolean covered;
    final double share;

    Guess(String language, boolean covered, double share) {
      this.language = language;
      this.covered = covered;
      this.share = share;
    }
  }

  private static final Map<String, Set<String>> WORDS = new HashMap<>();
  private static final Set<String> COVERED = new HashSet<>();

  static {
    for (DataFile.Row row : DataFile.read("languages.tsv")) {
      WORDS.put(row.column(0), Set.of(row.column(2).split(" ")));
      if (row.column(1).equals("yes")) {
        COVERED.add(row.column(0));
      }
    }
  }

  private LanguageGuess() {}

  static boolean isCovered(String language) {
    return COVERED.contains(language);
  }

  static List<String> covered() {
    return COVERED.stream().sorted().toList();
  }

  /**
   * Counts the function words of each language among the text's words; the language with most wins.
   */
  static Guess of(String text) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < 20000) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
          if (language.getValue().contains(word)) {
            hits.merge(language.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    String best = null;
    int bestHits = 0;
    for (Map.Entry<String, Integer> hit : hits.entrySet()) {
      if (hit.getValue() > bestHits
          || (hit.getValue() == bestHits && best != null && hit.getKey().compareTo(best) < 0)) {
        best = hit.getKey();
        bestHits = hit.getValue();
      }
    }
    double share = words == 0 ? 0 : (double) bestHits / words;
    return new Guess(best, best != null && COVERED.contains(best), share);
  }
}
