package io.github.cbcf.model;

/** The kind of a legal or policy instrument an outcome refers to. */
public enum InstrumentKind {
  /** An enacted law. */
  STATUTE,
  /** A bill before, or just passed by, a legislature. */
  BILL,
  /** A regulation or rule made under a statute. */
  REGULATION,
  /** A treaty between states. */
  TREATY,
  /** An executive agreement between governments. */
  EXECUTIVE_AGREEMENT,
  /** An executive order. */
  EXECUTIVE_ORDER,
  /** A memorandum of understanding. */
  MOU,
  /** A joint statement or communique. */
  JOINT_STATEMENT,
  /** A roadmap or action plan. */
  ROADMAP,
  /** Anything else. */
  OTHER
}
