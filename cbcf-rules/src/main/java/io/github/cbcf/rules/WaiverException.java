package io.github.cbcf.rules;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.List;

/**
 * Thrown when a waiver file cannot be read: every problem of the file, each with file, line, column
 * and what to do.
 */
public final class WaiverException extends CbcfException {
  private static final long serialVersionUID = 1L;

  WaiverException(String message, List<Problem> problems) {
    super(message, problems, false);
  }
}
