package io.github.cbcf.rules;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when rules cannot be loaded: a rule file does not compile, a rule lacks required metadata
 * or repeats an id, or the configuration names a rule that does not exist. It lists every problem
 * of every file together, each naming the file, the place and, as its path, the rule ({@code rule
 * "name"}) where known; nothing half-built is returned.
 */
public final class RuleSetException extends CbcfException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problems every problem found, in any order
   */
  public RuleSetException(List<Problem> problems) {
    super(
        "The rules could not be loaded ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n"
            + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n")),
        problems.stream().sorted().toList(),
        false);
  }

  /**
   * A problem in a rule file, with the rule as its path.
   *
   * @param file the rule file, resource or configuration
   * @param line 1-based, or 0 when unknown
   * @param column 1-based, or 0 when unknown
   * @param ruleName the rule's name, or null when the problem is not in one rule
   * @param message what is wrong and what to do
   * @return the problem, printed as {@code file:line:column: rule "name": message}
   */
  public static Problem problem(
      String file, int line, int column, String ruleName, String message) {
    return Problem.at(file, line, column, ruleName == null ? "" : pathOf(ruleName), message);
  }

  /**
   * @param ruleName a rule's name
   * @return the path of a problem in that rule
   */
  public static String pathOf(String ruleName) {
    return "rule \"" + ruleName + "\"";
  }
}
