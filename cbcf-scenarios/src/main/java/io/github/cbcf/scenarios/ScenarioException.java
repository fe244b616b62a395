package io.github.cbcf.scenarios;

import java.util.List;

/**
 * Thrown when a scenario cannot be run as written: it names a rule the reviewer does not have or an outcome the
 * record does not hold, or it adds rules a ready-built reviewer cannot take. It lists every problem found, each
 * with the field it is in and what to do. Problems in the file's syntax or shape are reported by the record reader
 * instead, with line and column.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<String> problems;

  ScenarioException(String source, List<String> problems) {
    super(source + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + "\n  "
        + String.join("\n  ", problems), null, false, false);
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** @return the scenario file */
  public String getSource() {
    return source;
  }

  /** @return every problem, one sentence each, starting with the field it is in */
  public List<String> getProblems() {
    return problems;
  }
}
