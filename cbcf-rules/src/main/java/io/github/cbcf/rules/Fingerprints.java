package io.github.cbcf.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable identities for findings. A fingerprint hashes the rule id and the normalised words of the
 * sentences a finding rests on (lower case, punctuation and white space collapsed), never offsets,
 * line numbers or outcome ids: re-importing a statement, or editing another paragraph of it, keeps
 * the fingerprints of the findings it did not touch. Waivers and baselines match findings by it.
 *
 * <pre>{@code
 * String id = finding.getFingerprint(); // e.g. "5c1f0e9a7b3d2c41"
 * }</pre>
 */
public final class Fingerprints {
  /** The key of the fingerprint in a SARIF result's {@code partialFingerprints}. */
  public static final String SARIF_KEY = "cbcfFinding/v1";

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fingerprints() {}

  /**
   * @param ruleId the id of the rule that raised the finding
   * @param texts the text of each outcome the finding rests on, in any order
   * @return 16 lower-case hexadecimal digits
   */
  public static String of(String ruleId, List<String> texts) {
    StringBuilder input = new StringBuilder(ruleId.trim());
    // Sorted, so that outcomes listed in another order give the same fingerprint.
    texts.stream().map(Fingerprints::words).sorted().forEach(t -> input.append('\n').append(t));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(input.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The words of a text as a fingerprint sees them: compatibility-normalised, lower case, every run
   * of characters other than letters and digits one space.
   *
   * @param text any text
   * @return its words, separated by single spaces
   */
  public static String words(String text) {
    // Every finding of every review is fingerprinted: skip the normaliser for plain ASCII, which
    // it leaves as it is, and compile the pattern once.
    String normal =
        text.chars().allMatch(c -> c < 0x80)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    return NOT_A_WORD.matcher(normal.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
