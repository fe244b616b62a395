package io.github.cbcf.rules;

/** Where a qualifier was stated, seen from an outcome. */
public enum QualifierScope {
  /** On the outcome itself. */
  OUTCOME,
  /** On the outcome's section. */
  SECTION,
  /** On the whole statement. */
  STATEMENT
}
