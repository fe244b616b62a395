package io.github.cbcf.rules;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem with a rule file: the file, the line and column (0 when unknown), the rule (when known) and what
 * to do, in plain words.
 */
public final class RuleProblem implements Comparable<RuleProblem> {
  private static final Comparator<RuleProblem> ORDER = Comparator.comparing(RuleProblem::getSource)
      .thenComparingInt(RuleProblem::getLine)
      .thenComparingInt(RuleProblem::getColumn)
      .thenComparing(p -> p.getRule().orElse(""))
      .thenComparing(RuleProblem::getMessage);

  private final String source;
  private final int line;
  private final int column;
  private final String rule;
  private final String message;

  /**
   * @param source the file, resource or configuration the problem is in
   * @param line 1-based, or 0 when unknown
   * @param column 1-based, or 0 when unknown
   * @param rule the rule's name, or null
   * @param message what is wrong and what to do
   */
  public RuleProblem(String source, int line, int column, String rule, String message) {
    this.source = Objects.requireNonNull(source);
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.rule = rule;
    this.message = Objects.requireNonNull(message);
  }

  /** @return the rule file (or resource, or configuration) the problem is in */
  public String getSource() {
    return source;
  }

  /** @return the 1-based line, or 0 when unknown */
  public int getLine() {
    return line;
  }

  /** @return the 1-based column, or 0 when unknown */
  public int getColumn() {
    return column;
  }

  /** @return the rule's name, when the problem is in one rule */
  public Optional<String> getRule() {
    return Optional.ofNullable(rule);
  }

  /** @return what is wrong and what to do */
  public String getMessage() {
    return message;
  }

  @Override
  public int compareTo(RuleProblem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleProblem && compareTo((RuleProblem) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, rule, message);
  }

  /** @return {@code file:line:column: rule "name": message}, as compilers print it */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (rule != null) {
      text.append("rule \"").append(rule).append("\": ");
    }
    return text.append(message).toString();
  }
}
