package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal or policy instrument an outcome refers to: a statute, a bill, an MOU, a roadmap. Some are
 * referred to without being named ("prior MOUs"); {@link #isNamed()} is then false, and a reviewer
 * cannot check their terms.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstrument.class)
@JsonDeserialize(as = ImmutableInstrument.class)
public interface Instrument {
  /**
   * @return an id unique among the record's instruments
   */
  String getId();

  /**
   * @return its title, or the words the statement uses for it when unnamed
   */
  String getTitle();

  /**
   * @return what kind of instrument it is
   */
  InstrumentKind getKind();

  /**
   * @return ISO codes of the jurisdictions it belongs to; two or more for bilateral instruments
   */
  List<String> getJurisdictions();

  /**
   * @return where it stands
   */
  InstrumentStatus getStatus();

  /**
   * @return a citation a reviewer can look up, for example {@code 22 U.S.C. 611}, when known
   */
  Optional<String> getCitation();

  /**
   * @return true when the statement identifies the instrument; false for "prior MOUs" and the like
   */
  boolean isNamed();

  @Value.Check
  default void check() {
    Invariants invariants =
        Invariants.of("Instrument")
            .requireText(getId(), "id")
            .requireText(getTitle(), "title")
            .require(
                !getJurisdictions().isEmpty(),
                "jurisdictions",
                "must list at least one jurisdiction, by ISO code");
    for (int i = 0; i < getJurisdictions().size(); i++) {
      Jurisdictions.check(invariants, getJurisdictions().get(i), "jurisdictions[" + i + "]");
    }
    invariants.require(
        isNamed() || getCitation().isEmpty(),
        "citation",
        "an instrument the statement does not name cannot have a citation: set named to true or remove the citation");
    invariants.throwIfBroken();
  }

  /** Builds an {@link Instrument}. */
  class Builder extends ImmutableInstrument.Builder {}
}
