package io.github.cbcf.model.io;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a file cannot be read into a valid value. It carries every problem found in the file,
 * in file order; its message lists them one per line.
 */
public final class InvalidRecordException extends CbcfException {
  private static final long serialVersionUID = 1L;

  private final String file;

  InvalidRecordException(String file, List<Problem> problems) {
    super(describe(file, problems), problems, false);
    this.file = file;
  }

  private static String describe(String file, List<Problem> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return file
        + ": "
        + count
        + "\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /**
   * @return the name of the file (or stream) that was read
   */
  public String getFile() {
    return file;
  }
}
