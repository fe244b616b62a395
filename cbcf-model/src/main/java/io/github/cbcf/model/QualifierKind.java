package io.github.cbcf.model;

/**
 * What a qualifier on an outcome promises. Some only point at the law in general; others name a
 * specific safeguard that a reviewer can check.
 */
public enum QualifierKind {
  /** "within each country's laws": defers to domestic law without naming a safeguard. */
  DOMESTIC_LAW(false),
  /** "consistent with rights protected by law": a general statement about rights. */
  RIGHTS_PROTECTED_BY_LAW(false),
  /**
   * A named privacy safeguard, for example a privacy impact assessment or published routine use.
   */
  PRIVACY_SAFEGUARD(true),
  /** Sharing limited to a stated purpose. */
  PURPOSE_LIMITATION(true),
  /** A stated limit on how long shared data is kept. */
  RETENTION_LIMIT(true),
  /** Independent oversight or review of the activity. */
  INDEPENDENT_OVERSIGHT(true),
  /** A named agreement or arrangement that governs the activity. */
  NAMED_AGREEMENT(true),
  /** Anything else; treated as general. */
  OTHER(false);

  private final boolean specificSafeguard;

  QualifierKind(boolean specificSafeguard) {
    this.specificSafeguard = specificSafeguard;
  }

  /**
   * @return true when the qualifier names a safeguard a reviewer can check, not only the law in
   *     general
   */
  public boolean isSpecificSafeguard() {
    return specificSafeguard;
  }
}
