package io.github.cbcf.rules;

/** How urgently a finding may need a reviewer's attention; declared in order, most urgent first. */
public enum Severity {
  /** May touch rights directly; review first. */
  HIGH,
  /** May need review. */
  MEDIUM,
  /** Worth a look. */
  LOW,
  /** For tracking only. */
  INFO;

  /**
   * @param threshold another severity
   * @return true when this is as urgent as the threshold, or more
   */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * @return the next severity down; INFO stays INFO
   */
  public Severity oneLower() {
    return this == INFO ? INFO : values()[ordinal() + 1];
  }
}
