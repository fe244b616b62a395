package io.github.cbcf;

import java.util.List;

/**
 * The unchecked base of every exception cbcf throws: catch it to handle any of them. When the
 * failure lies in a file (a record, a rule file, a scenario, a configuration), {@link
 * #getProblems()} lists every problem found, each located and saying what to do.
 */
public class CbcfException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * @param message what failed and what to do
   * @param cause the underlying failure, or null
   */
  protected CbcfException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of();
  }

  /**
   * An exception that reports problems in input.
   *
   * @param message the problems, formatted for a person
   * @param problems every problem found
   * @param stackTrace false where the problems say all there is to say (a user's file), true where
   *     the place in the program matters (a value built with broken invariants)
   */
  protected CbcfException(String message, List<Problem> problems, boolean stackTrace) {
    super(message, null, false, stackTrace);
    this.problems = List.copyOf(problems);
  }

  /**
   * @return every located problem behind this exception, in order; empty when it is not about input
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
