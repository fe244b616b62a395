package io.github.cbcf.rules;

/** Whether a finding stands or was suppressed by a user's rule. */
public enum FindingStatus {
  /** The finding stands. */
  RAISED,
  /** A user's rule suppressed it; it is still reported, with the rule and the reason. */
  SUPPRESSED
}
