package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A press or media contact listed with the statement. A contact that names a person is personal
 * data ({@link #isPersonalData()}): keep it, but do not spread it further than the review needs.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
public interface Contact {
  /**
   * @return the person's name, when the contact is a person
   */
  Optional<String> getName();

  /**
   * @return the person's role, for example {@code Deputy Director of Communications}
   */
  Optional<String> getRole();

  /**
   * @return the office or organisation
   */
  String getOffice();

  /**
   * @return the telephone number, as published
   */
  Optional<String> getPhone();

  /**
   * @return the e-mail address, as published
   */
  Optional<String> getEmail();

  /**
   * @return true when the contact identifies a natural person, and so is personal data
   */
  boolean isPersonalData();

  @Value.Check
  default void check() {
    Invariants.of("Contact")
        .requireText(getOffice(), "office")
        .require(
            getPhone().isPresent() || getEmail().isPresent(),
            "",
            "a contact needs a phone or an email: add the one the statement gives")
        .require(
            getName().isEmpty() || isPersonalData(),
            "personalData",
            "a contact that names a person is personal data: set personalData to true")
        .require(
            getEmail().map(e -> e.matches("[^@\\s]+@[^@\\s]+")).orElse(true),
            "email",
            "'" + getEmail().orElse("") + "' is not an e-mail address: write it as name@domain")
        .throwIfBroken();
  }

  /** Builds a {@link Contact}. */
  class Builder extends ImmutableContact.Builder {}
}
