package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A jurisdiction taking part in a meeting, named by its ISO 3166-1 alpha-2 code. */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public interface Party {
  /**
   * @return the ISO 3166-1 alpha-2 code, for example {@code CA}
   */
  String getCode();

  /**
   * @return the name as the statement writes it, for example {@code Canada}
   */
  String getName();

  /**
   * Creates a party.
   *
   * @param code ISO 3166-1 alpha-2 code
   * @param name display name
   * @return the party
   */
  static Party of(String code, String name) {
    return new Builder().code(code).name(name).build();
  }

  @Value.Check
  default void check() {
    Invariants invariants = Invariants.of("Party").requireText(getName(), "name");
    Jurisdictions.check(invariants, getCode(), "code");
    invariants.throwIfBroken();
  }

  /** Builds a {@link Party}. */
  class Builder extends ImmutableParty.Builder {}
}
