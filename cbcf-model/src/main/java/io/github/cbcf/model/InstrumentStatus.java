package io.github.cbcf.model;

/** Where an instrument stands. */
public enum InstrumentStatus {
  /** Under negotiation. */
  IN_NEGOTIATION,
  /** Before a legislature. */
  PROPOSED,
  /** Passed by a legislature; in force or not yet. */
  ENACTED,
  /** In force. */
  IN_FORCE,
  /** Signed or adopted; for non-binding instruments. */
  ADOPTED,
  /** No longer in force. */
  REPEALED,
  /** The statement does not say. */
  UNKNOWN
}
