package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.ReviewException;

/**
 * Turns a {@link StackOverflowError} or {@link OutOfMemoryError} raised inside a rule into a {@link
 * ReviewException} naming the rule and the outcome: the session is discarded, so the program can go
 * on with its other inputs.
 */
final class RuleErrors {
  private RuleErrors() {}

  static ReviewException contained(VirtualMachineError error, RuleInProgress progress) {
    String what =
        error instanceof StackOverflowError
            ? "overflowed the stack (StackOverflowError): it may recurse without end"
            : "ran out of memory (OutOfMemoryError"
                + (error.getMessage() == null ? "" : ": " + error.getMessage())
                + "): it may allocate without end, or the heap is too small for it";
    String rule = progress.ruleName();
    String outcome = progress.outcomeId();
    return new ReviewException(
        (rule == null ? "A rule condition" : "Rule \"" + rule + "\"")
            + " "
            + what
            + ", while reviewing "
            + (outcome == null ? "" : "outcome " + outcome + " of ")
            + "record "
            + progress.recordIds()
            + ". Fix or remove the rule; no report was produced.",
        rule,
        progress.recordIds(),
        outcome,
        error);
  }
}
