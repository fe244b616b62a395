package io.github.cbcf.model.internal;

/**
 * Levenshtein distance, shared by the model's subject catalogue and its readers' "did you mean"
 * suggestions. Inputs are codes, field names and enum constants, so quadratic cost is fine.
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * @return the number of single-character insertions, deletions and substitutions that turn one
   *     string into the other
   */
  public static int between(String a, String b) {
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
