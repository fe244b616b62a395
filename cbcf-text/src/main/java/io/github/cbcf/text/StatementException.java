package io.github.cbcf.text;

import io.github.cbcf.CbcfException;
import java.nio.file.Path;

/**
 * A statement the import cannot read: empty, binary, not UTF-8, a PDF without text, an HTML page
 * without a body, too large, or in a language the import does not cover. The message is one line:
 * {@code file: what is wrong; what to do}.
 */
public class StatementException extends CbcfException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the statement's file
   * @param problem what is wrong and what to do, for example {@code the file is empty; give a
   *     statement's text}
   */
  public StatementException(Path file, String problem) {
    this(file, problem, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param file the statement's file
   * @param problem what is wrong and what to do
   * @param cause what the reading library threw
   */
  public StatementException(Path file, String problem, Throwable cause) {
    super(name(file) + ": " + problem, cause);
    this.file = name(file);
  }

  /**
   * @return the file name as given in the message
   */
  public String getFile() {
    return file;
  }

  private static String name(Path file) {
    return file == null ? "<text>" : file.toString();
  }
}
