package io.github.cbcf.model.io;

import io.github.cbcf.model.internal.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed word a user most likely meant, to suggest it in an error message. */
public final class NearestMatch {
  private NearestMatch() {}

  /**
   * Finds the allowed word closest to what was typed, ignoring case, if any is close enough to be a
   * likely typo.
   *
   * @param typed what the user wrote
   * @param allowed the words allowed there
   * @return the nearest allowed word, or empty when none is within a third of the typed length (at
   *     least 2)
   */
  public static Optional<String> among(String typed, Collection<String> allowed) {
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Math.max(2, typed.length() / 3) + 1;
    for (String candidate : allowed.stream().sorted().toList()) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  static int distance(String a, String b) {
    return EditDistance.between(a, b);
  }
}
