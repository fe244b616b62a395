package io.github.cbcf.model.io;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a record file: the file, the line and column (1-based), the field path (for example
 * {@code outcomes[3].kind}; empty for the whole file) and a message that says what is wrong and what to do.
 */
public final class RecordProblem implements Comparable<RecordProblem> {
  private static final Comparator<RecordProblem> ORDER = Comparator.comparing(RecordProblem::getSource)
      .thenComparingInt(RecordProblem::getLine)
      .thenComparingInt(RecordProblem::getColumn)
      .thenComparing(RecordProblem::getPath)
      .thenComparing(RecordProblem::getMessage);

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String message;

  RecordProblem(String source, int line, int column, String path, String message) {
    this.source = Objects.requireNonNull(source);
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path);
    this.message = Objects.requireNonNull(message);
  }

  /** @return the file name (or the name given to a stream or string) */
  public String getSource() {
    return source;
  }

  /** @return the 1-based line, or 0 when the problem concerns the whole file */
  public int getLine() {
    return line;
  }

  /** @return the 1-based column, or 0 when the problem concerns the whole file */
  public int getColumn() {
    return column;
  }

  /** @return the field path, empty for the whole file */
  public String getPath() {
    return path;
  }

  /** @return what is wrong and what to do */
  public String getMessage() {
    return message;
  }

  @Override
  public int compareTo(RecordProblem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordProblem && compareTo((RecordProblem) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, path, message);
  }

  /** @return {@code file:line:column: path: message}, the form compilers use, so editors can jump to it */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(message).toString();
  }
}
