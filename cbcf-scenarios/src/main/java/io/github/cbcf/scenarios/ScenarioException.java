package io.github.cbcf.scenarios;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a scenario cannot be run as written: it names a rule the reviewer does not have or an
 * outcome the record does not hold, or it adds rules a ready-built reviewer cannot take. It lists
 * every problem found, each with the file, the field it is in and what to do. Problems in the
 * file's syntax or shape are reported by the {@link ScenarioReader} instead, with line and column.
 */
public final class ScenarioException extends CbcfException {
  private static final long serialVersionUID = 1L;

  private final String file;

  ScenarioException(String file, List<Problem> problems) {
    super(
        file
            + ": "
            + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
            + "\n  "
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")),
        problems,
        false);
    this.file = file;
  }

  /**
   * @return the scenario file
   */
  public String getFile() {
    return file;
  }
}
