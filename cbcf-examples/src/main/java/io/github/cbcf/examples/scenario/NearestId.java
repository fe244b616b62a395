package io.github.cbcf.examples.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the id a user most likely meant, to suggest it when a scenario names one that does not exist. */
final class NearestId {
  private NearestId() {}

  static Optional<String> among(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    // A third of the length, at least two edits: enough for a typo, not enough to suggest an unrelated id.
    int bestDistance = Math.max(2, typed.length() / 3) + 1;
    for (String candidate : known.stream().sorted().toList()) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance; ids are short, so quadratic cost is fine. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
