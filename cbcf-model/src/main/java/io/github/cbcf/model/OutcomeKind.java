package io.github.cbcf.model;

/** The verb of an outcome, which says how strongly it commits the parties. */
public enum OutcomeKind {
  /** "agreed". */
  AGREED(BindingStrength.BINDING),
  /** "committed". */
  COMMITTED(BindingStrength.BINDING),
  /** "pledged". */
  PLEDGED(BindingStrength.BINDING),
  /** "reaffirmed their commitment". */
  REAFFIRMED(BindingStrength.HORTATORY),
  /** "called for". */
  CALLED_FOR(BindingStrength.HORTATORY),
  /** "recommended". */
  RECOMMENDED(BindingStrength.HORTATORY),
  /** "plan". */
  PLANNED(BindingStrength.HORTATORY),
  /** "continue". */
  CONTINUED(BindingStrength.HORTATORY),
  /** "acknowledged". */
  ACKNOWLEDGED(BindingStrength.DECLARATORY),
  /** "noted". */
  NOTED(BindingStrength.DECLARATORY),
  /** "discussed". */
  DISCUSSED(BindingStrength.DECLARATORY),
  /** "emphasized". */
  EMPHASIZED(BindingStrength.DECLARATORY),
  /** "highlighted". */
  HIGHLIGHTED(BindingStrength.DECLARATORY),
  /** "praised". */
  PRAISED(BindingStrength.DECLARATORY),
  /** "stressed". */
  STRESSED(BindingStrength.DECLARATORY),
  /** "expressed concern". */
  EXPRESSED_CONCERN(BindingStrength.DECLARATORY),
  /** "reiterated". */
  REITERATED(BindingStrength.DECLARATORY),
  /** "addressed". */
  ADDRESSED(BindingStrength.DECLARATORY);

  private final BindingStrength strength;

  OutcomeKind(BindingStrength strength) {
    this.strength = strength;
  }

  /** @return the binding strength this verb implies */
  public BindingStrength getStrength() {
    return strength;
  }
}
