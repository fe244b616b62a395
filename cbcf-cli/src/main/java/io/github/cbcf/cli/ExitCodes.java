package io.github.cbcf.cli;

/** The program's exit codes. */
public final class ExitCodes {
  /** Nothing at or above the threshold. */
  public static final int OK = 0;

  /** Findings at or above the threshold, or failed scenarios. */
  public static final int FINDINGS = 1;

  /** Bad usage or bad input. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
