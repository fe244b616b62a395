package io.github.cbcf.model;

/** How strongly an outcome commits the parties, as implied by its verb. */
public enum BindingStrength {
  /** The parties agreed, committed, pledged, undertook, will act, or instructed their officials. */
  BINDING,
  /**
   * The parties called for, recommended, plan, continue, intend, encourage or urge something:
   * intent without a firm undertaking.
   */
  HORTATORY,
  /** The parties noted, discussed or acknowledged something: no undertaking. */
  DECLARATORY
}
