package io.github.cbcf.model.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a record file cannot be read into a valid value. It carries every problem found in the file, in
 * file order; its message lists them one per line.
 */
public final class InvalidRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<RecordProblem> problems;

  InvalidRecordException(String source, List<RecordProblem> problems) {
    super(describe(source, problems), null, false, false);
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String describe(String source, List<RecordProblem> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return source + ": " + count + "\n" + problems.stream().map(p -> "  " + p)
        .collect(Collectors.joining("\n"));
  }

  /** @return the name of the file (or stream) that was read */
  public String getSource() {
    return source;
  }

  /** @return every problem, in file order */
  public List<RecordProblem> getProblems() {
    return problems;
  }
}
