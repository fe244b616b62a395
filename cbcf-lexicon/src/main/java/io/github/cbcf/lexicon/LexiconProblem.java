package io.github.cbcf.lexicon;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem in a lexicon file: the file, the 1-based line and column (0 when unknown), what is wrong and what to
 * do, and a suggested replacement when one is likely.
 */
public final class LexiconProblem implements Comparable<LexiconProblem> {
  private static final Comparator<LexiconProblem> ORDER = Comparator.comparing(LexiconProblem::getFile)
      .thenComparingInt(LexiconProblem::getLine)
      .thenComparingInt(LexiconProblem::getColumn)
      .thenComparing(LexiconProblem::getMessage);

  private final String file;
  private final int line;
  private final int column;
  private final String message;
  private final String suggestion;

  LexiconProblem(String file, int line, int column, String message, String suggestion) {
    this.file = Objects.requireNonNull(file);
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.message = Objects.requireNonNull(message);
    this.suggestion = suggestion;
  }

  /** @return the lexicon file (or resource) the problem is in */
  public String getFile() {
    return file;
  }

  /** @return the 1-based line, or 0 when the problem is about the whole file */
  public int getLine() {
    return line;
  }

  /** @return the 1-based column, or 0 when unknown */
  public int getColumn() {
    return column;
  }

  /** @return what is wrong and what to do */
  public String getMessage() {
    return message;
  }

  /** @return the closest known value, when what was written looks like a typo of it */
  public Optional<String> getSuggestion() {
    return Optional.ofNullable(suggestion);
  }

  @Override
  public int compareTo(LexiconProblem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LexiconProblem && compareTo((LexiconProblem) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, message);
  }

  /** @return {@code file:line:column: message}, as compilers print it */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(message).toString();
  }
}
