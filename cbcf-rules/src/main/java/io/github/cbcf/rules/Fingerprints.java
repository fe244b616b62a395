package io.github.cbcf.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

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

  /** Never updated; each fingerprint hashes with a clone, which costs less than a look-up. */
  private static final MessageDigest SHA_256 = sha256();

  private Fingerprints() {}

  /**
   * @param ruleId the id of the rule that raised the finding
   * @param texts the text of each outcome the finding rests on, in any order
   * @return 16 lower-case hexadecimal digits
   */
  public static String of(String ruleId, List<String> texts) {
    StringBuilder input = new StringBuilder(ruleId.trim());
    if (texts.size() == 1) {
      input.append('\n').append(words(texts.get(0)));
    } else {
      // Sorted, so that outcomes listed in another order give the same fingerprint.
      String[] words = new String[texts.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = words(texts.get(i));
      }
      Arrays.sort(words);
      for (String w : words) {
        input.append('\n').append(w);
      }
    }
    byte[] hash = newDigest().digest(input.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  private static MessageDigest newDigest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return sha256();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
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
    // Every finding of every review is fingerprinted: plain ASCII skips the normaliser, which
    // leaves it as it is, and one pass over the characters replaces a regular expression
    // ("[^\p{L}\p{N}]+" to one space, then trim), which it matches exactly.
    if (isAscii(text)) {
      return asciiWords(text);
    }
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        if (gap && words.length() > 0) {
          words.append(' ');
        }
        gap = false;
        words.appendCodePoint(c);
      } else {
        gap = true;
      }
    }
    return words.toString();
  }

  /** The same for text that is all ASCII, whose only letters and numbers are a-z, A-Z and 0-9. */
  private static String asciiWords(String text) {
    StringBuilder words = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        gap = true;
        continue;
      }
      if (gap && words.length() > 0) {
        words.append(' ');
      }
      gap = false;
      words.append(c);
    }
    return words.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The Unicode general categories L and N, as {@code \p{L}} and {@code \p{N}} read them. */
  private static boolean isLetterOrNumber(int c) {
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
