package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who took part in a meeting, with the office they held and the party they represented.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public interface Participant {
  /**
   * @return an id unique among the record's participants
   */
  String getId();

  /**
   * @return the person's name as the statement gives it
   */
  String getName();

  /**
   * @return the title, for example {@code Attorney General}
   */
  String getTitle();

  /**
   * @return the office or department, when the statement names one
   */
  Optional<String> getOffice();

  /**
   * @return the ISO code of the party the participant represented; must be a party of the record
   */
  String getJurisdiction();

  /**
   * @return host or guest
   */
  ParticipantRole getRole();

  @Value.Check
  default void check() {
    Invariants invariants =
        Invariants.of("Participant")
            .requireText(getId(), "id")
            .requireText(getName(), "name")
            .requireText(getTitle(), "title");
    Jurisdictions.check(invariants, getJurisdiction(), "jurisdiction");
    invariants.throwIfBroken();
  }

  /** Builds a {@link Participant}. */
  class Builder extends ImmutableParticipant.Builder {}
}
