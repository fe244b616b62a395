package io.github.cbcf;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem in a user's input, wherever cbcf found it (a record, a rule file, a scenario, a
 * configuration, a value being built): the file, the 1-based line and column (0 when unknown), the
 * path within the file (a field path such as {@code outcomes[3].kind}, or {@code rule "name"} in a
 * rule file; empty for the whole file), what is wrong and what to do, and optionally a suggestion.
 * It prints as compilers print, so editors can jump to it: {@code file:line:column: path: message;
 * suggestion}.
 */
public final class Problem implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::getFile)
          .thenComparingInt(Problem::getLine)
          .thenComparingInt(Problem::getColumn)
          .thenComparing(Problem::getPath)
          .thenComparing(Problem::getMessage)
          .thenComparing(p -> p.suggestion == null ? "" : p.suggestion);

  private final String file;
  private final int line;
  private final int column;
  private final String path;
  private final String message;
  private final String suggestion;

  private Problem(
      String file, int line, int column, String path, String message, String suggestion) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
    this.suggestion = suggestion;
  }

  /**
   * A problem of a value being built, not yet placed in a file.
   *
   * @param path field path relative to the value; empty for the value itself
   * @param message what is wrong and what to do
   * @return the problem
   */
  public static Problem of(String path, String message) {
    return new Problem("", 0, 0, path, message, null);
  }

  /**
   * A problem placed in a file.
   *
   * @param file the file, resource or stream name
   * @param line 1-based, or 0 when unknown
   * @param column 1-based, or 0 when unknown
   * @param path the path within the file, or empty
   * @param message what is wrong and what to do
   * @return the problem
   */
  public static Problem at(String file, int line, int column, String path, String message) {
    return new Problem(file, line, column, path, message, null);
  }

  /**
   * @param text what the user probably meant, for example {@code did you mean AGREED?}
   * @return this problem with the suggestion
   */
  public Problem withSuggestion(String text) {
    return new Problem(file, line, column, path, message, text);
  }

  /**
   * @param prefix the path of the value this problem was found in, within an enclosing value
   * @return the same problem as seen from the enclosing value
   */
  public Problem under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    return new Problem(
        file, line, column, path.isEmpty() ? prefix : prefix + "." + path, message, suggestion);
  }

  /**
   * @param file the file the value was read from
   * @param line 1-based, or 0 when unknown
   * @param column 1-based, or 0 when unknown
   * @return the same problem, placed there
   */
  public Problem in(String file, int line, int column) {
    return new Problem(file, line, column, path, message, suggestion);
  }

  /**
   * @return the file, resource or stream name; empty when the problem is in a value not read from a
   *     file
   */
  public String getFile() {
    return file;
  }

  /**
   * @return the 1-based line, or 0 when unknown or the problem concerns the whole file
   */
  public int getLine() {
    return line;
  }

  /**
   * @return the 1-based column, or 0 when unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * @return the path within the file, empty for the whole file
   */
  public String getPath() {
    return path;
  }

  /**
   * @return what is wrong and what to do
   */
  public String getMessage() {
    return message;
  }

  /**
   * @return what the user probably meant, when there is a likely guess
   */
  public Optional<String> getSuggestion() {
    return Optional.ofNullable(suggestion);
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem && compareTo((Problem) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, path, message, suggestion);
  }

  /**
   * @return {@code file:line:column: path: message; suggestion}, leaving out the parts that are
   *     unknown
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!file.isEmpty()) {
      text.append(oneLine(file));
      if (line > 0) {
        text.append(':').append(line);
        if (column > 0) {
          text.append(':').append(column);
        }
      }
      text.append(": ");
    }
    if (!path.isEmpty()) {
      text.append(oneLine(path)).append(": ");
    }
    text.append(oneLine(message));
    if (suggestion != null) {
      text.append("; ").append(oneLine(suggestion));
    }
    return text.toString();
  }

  /** Past this, a value quoted in a message (or a word without spaces) is cut short. */
  public static final int MAX_VALUE_LENGTH = 200;

  /** Past this, a whole line is cut short. */
  private static final int MAX_LINE_LENGTH = 2000;

  private static final Pattern LONG_VALUE =
      Pattern.compile(
          "'[^']{"
              + MAX_VALUE_LENGTH
              + ",}'|\"[^\"]{"
              + MAX_VALUE_LENGTH
              + ",}\"|\\S{"
              + (MAX_VALUE_LENGTH + 1)
              + ",}");

  /**
   * Text as one line of bounded length, for error messages: line breaks and other control
   * characters are shown escaped (a line break as {@code \n}), so a value cannot split a message or
   * drive a terminal, and a long value (a key of a megabyte, say) is cut to {@value
   * #MAX_VALUE_LENGTH} characters followed by "…".
   *
   * @param text any text
   * @return the text as one bounded line
   */
  public static String oneLine(String text) {
    // Values first, on the whole text, so that the advice after a huge value survives.
    Matcher value = LONG_VALUE.matcher(text);
    StringBuilder bounded = new StringBuilder(Math.min(text.length(), MAX_LINE_LENGTH) + 16);
    while (value.find()) {
      String found = value.group();
      char quote = found.charAt(0);
      boolean quoted = (quote == '\'' || quote == '"') && found.endsWith(String.valueOf(quote));
      String cut =
          quoted
              ? found.substring(0, MAX_VALUE_LENGTH + 1) + "…" + quote
              : found.substring(0, MAX_VALUE_LENGTH) + "…";
      value.appendReplacement(bounded, Matcher.quoteReplacement(cut));
    }
    value.appendTail(bounded);
    StringBuilder line = new StringBuilder(Math.min(bounded.length(), MAX_LINE_LENGTH) + 16);
    for (int i = 0; i < bounded.length(); i++) {
      if (line.length() >= MAX_LINE_LENGTH) {
        return line.append('…').toString();
      }
      char c = bounded.charAt(i);
      if (c == '\n') {
        line.append("\\n");
      } else if (c == '\r') {
        line.append("\\r");
      } else if (c == '\t') {
        line.append(' ');
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        line.append(String.format("\\u%04X", (int) c));
      } else {
        line.append(c);
      }
    }
    return line.toString();
  }
}
