package io.github.cbcf.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when rules cannot be loaded: a rule file does not compile, a rule lacks required metadata or repeats an
 * id, or the configuration names a rule that does not exist. It lists every problem of every file together, each
 * naming the file, the place and the rule where known; nothing half-built is returned.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /** @param problems every problem found, in any order */
  public RuleSetException(List<RuleProblem> problems) {
    super("The rules could not be loaded (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + "):\n" + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n")), null, false,
        false);
    this.problems = problems.stream().sorted().toList();
  }

  /** @return every problem, ordered by file and place */
  public List<RuleProblem> getProblems() {
    return problems;
  }
}
