package io.github.cbcf.model.io;

import java.util.Locale;
import java.util.Optional;

/** The two file formats a record can be written in. */
public enum RecordFormat {
  /** YAML 1.1, as written by people; files end in {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON, as written by tools; files end in {@code .json}. */
  JSON;

  /**
   * Picks the format from a file name's extension.
   *
   * @param fileName a file name or path
   * @return the format, or empty when the extension is none of {@code .yaml}, {@code .yml}, {@code
   *     .json}
   */
  public static Optional<RecordFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
