package io.github.cbcf.text;

import java.nio.file.Path;

/**
 * Reads a statement's text (plain text, Markdown, a saved web page or a PDF with a text layer) into
 * a draft forum record: sections, one outcome per sentence or clause with its kind and orientation,
 * parties, instruments, meeting facts and contacts, each value with the evidence it came from. The
 * record is a draft for a person to check.
 *
 * <pre>{@code
 * ImportResult result = Statements.read(Path.of("statement.txt"));
 * ForumRecord draft = result.getRecord();
 * result.getWarnings().forEach(System.out::println);
 * }</pre>
 */
public final class Statements {
  private static final StatementReader DEFAULT = builder().build();

  private Statements() {}

  /**
   * Imports a statement with the default settings.
   *
   * @param file a .txt, .md, .html, .htm or .pdf statement
   * @return the draft record and the import's warnings
   * @throws StatementException when the file cannot be imported; the message is one line naming the
   *     file
   */
  public static ImportResult read(Path file) {
    return DEFAULT.read(file);
  }

  /**
   * @return a builder for a reader with its own settings (language, parties, tagger, size limit)
   */
  public static StatementReader.Builder builder() {
    return new StatementReader.Builder();
  }

  /**
   * Tells whether a file is one the import reads, by its extension.
   *
   * @param file the file
   * @return true for .txt, .md, .markdown, .html, .htm and .pdf
   */
  public static boolean isStatement(Path file) {
    return StatementFormat.isStatement(file);
  }
}
