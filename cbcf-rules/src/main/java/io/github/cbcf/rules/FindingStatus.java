package io.github.cbcf.rules;

/** Whether a finding stands, was suppressed by a user's rule, or is waived. */
public enum FindingStatus {
  /** The finding stands. */
  RAISED,
  /** A user's rule suppressed it; it is still reported, with the rule and the reason. */
  SUPPRESSED,
  /**
   * A waiver file accepts it until a date ({@link Finding#getWaiver()}); it is still reported, with
   * the reason, and does not count as raised.
   */
  WAIVED
}
