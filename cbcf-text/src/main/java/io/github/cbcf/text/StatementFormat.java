package io.github.cbcf.text;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a statement can be read from, told apart by the file's extension. */
public enum StatementFormat {
  /** Plain text ({@code .txt}). */
  TEXT,
  /** Markdown ({@code .md}, {@code .markdown}). */
  MARKDOWN,
  /** A saved web page ({@code .html}, {@code .htm}). */
  HTML,
  /** A PDF with a text layer ({@code .pdf}). */
  PDF;

  /**
   * Tells a file's format from its extension.
   *
   * @param file the file
   * @return the format, or empty when the extension is not one the import reads
   */
  public static Optional<StatementFormat> of(Path file) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".pdf")) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }

  /**
   * Tells whether the import reads a file.
   *
   * @param file the file
   * @return true for .txt, .md, .html, .htm and .pdf
   */
  public static boolean isStatement(Path file) {
    return of(file).isPresent();
  }
}
