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
  ADDRESSED(BindingStrength.DECLARATORY),
  /** "undertook": the parties took on a task themselves. */
  UNDERTOOK(BindingStrength.BINDING),
  /** "will": a statement of what the parties will do. */
  WILL(BindingStrength.BINDING),
  /** "instructed", "directed", "tasked": the parties direct their own officials to act. */
  INSTRUCTED(BindingStrength.BINDING),
  /** "intend": an intention, not an undertaking. */
  INTENDED(BindingStrength.HORTATORY),
  /** "encourage": the parties encourage others or each other. */
  ENCOURAGED(BindingStrength.HORTATORY),
  /** "urged": a strong call on others. */
  URGED(BindingStrength.HORTATORY),
  /** "welcomed". */
  WELCOMED(BindingStrength.DECLARATORY),
  /** "recognized". */
  RECOGNIZED(BindingStrength.DECLARATORY),
  /**
   * A statement with no verb of the lexicon: the weakest kind, given by the importer when it cannot
   * tell.
   */
  STATED(BindingStrength.DECLARATORY);

  private final BindingStrength strength;

  OutcomeKind(BindingStrength strength) {
    this.strength = strength;
  }

  /**
   * @return the binding strength this verb implies
   */
  public BindingStrength getStrength() {
    return strength;
  }
}
