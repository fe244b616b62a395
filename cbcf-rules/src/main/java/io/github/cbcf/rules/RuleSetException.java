package io.github.cbcf.rules;

import java.util.List;

/**
 * Thrown when rules cannot be loaded: a rule lacks required metadata, repeats an id, or does not compile. It
 * lists every problem found, each naming the file (where known), the rule and what to do; nothing half-built is
 * returned.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  RuleSetException(List<String> problems) {
    super("The rules could not be loaded (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + "):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, one sentence each */
  public List<String> getProblems() {
    return problems;
  }
}
