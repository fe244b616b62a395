package io.github.cbcf.cli;

import io.github.cbcf.CbcfException;

/** A batch of inputs that did not fit in the heap: says how far it got and what to do. */
final class BatchTooLargeException extends CbcfException {
  private static final long serialVersionUID = 1L;

  BatchTooLargeException(int reviewed, int inputs, OutOfMemoryError cause) {
    super(
        "cbcf: out of memory after reviewing "
            + reviewed
            + " of "
            + inputs
            + " input(s); no report was written. Give Java more memory (for example"
            + " CBCF_OPTS=-Xmx4g for bin/cbcf, or -Xmx4g in JAVA_OPTS or on the java command line),"
            + " or review fewer files at a time.",
        cause);
  }
}
