package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing the parties said they did, agreed, noted or discussed: a sentence (or clause) of the
 * statement, its verb, the parties it binds, its subjects, and the qualifiers and instruments it
 * refers to.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public interface Outcome {
  /**
   * @return a stable id, unique among the record's outcomes
   */
  String getId();

  /**
   * @return the id of the section the outcome stands in
   */
  String getSection();

  /**
   * @return the verb
   */
  OutcomeKind getKind();

  /**
   * @return ISO codes of the parties the outcome binds; each must be a party of the record
   */
  List<String> getParties();

  /**
   * @return the outcome's exact text, as in the source
   */
  String getText();

  /**
   * @return where the text stands in the source
   */
  SourceSpan getLocation();

  /**
   * @return subject codes (see {@link Subjects}), built-in or declared by the record
   */
  List<String> getSubjects();

  /**
   * @return qualifiers stated on this outcome itself (not those inherited from its section or
   *     statement)
   */
  List<Qualifier> getQualifiers();

  /**
   * @return ids of the instruments the outcome refers to
   */
  List<String> getInstruments();

  /**
   * @return who is responsible for carrying the outcome out, when the statement says
   */
  Optional<String> getOwner();

  /**
   * @return by when, when the statement says
   */
  Optional<LocalDate> getDue();

  /**
   * @return which way the outcome looks, when known; absent means forward or ongoing, as a person
   *     encoding a commitment would assume
   */
  Optional<Orientation> getOrientation();

  /**
   * @return why an importer assigned the outcome's values; empty for values a person set
   */
  List<Evidence> getEvidence();

  /**
   * @return true when the outcome only reports the past or gives background
   */
  default boolean isRetrospective() {
    return getOrientation().map(Orientation::isRetrospective).orElse(false);
  }

  /**
   * @return the binding strength implied by the verb
   */
  default BindingStrength getStrength() {
    return getKind().getStrength();
  }

  /**
   * @return true when the verb binds the parties (agreed, committed, pledged)
   */
  default boolean isBinding() {
    return getStrength() == BindingStrength.BINDING;
  }

  /**
   * Tells whether the outcome is about a subject.
   *
   * @param subject a subject code
   * @return true when the outcome lists it
   */
  default boolean hasSubject(String subject) {
    return getSubjects().contains(subject);
  }

  @Value.Check
  default void check() {
    Invariants invariants =
        Invariants.of("Outcome")
            .requireText(getId(), "id")
            .requireText(getSection(), "section")
            .requireText(getText(), "text")
            .require(
                !getParties().isEmpty(),
                "parties",
                "must name at least one party the outcome binds, by ISO code");
    invariants.require(
        getLocation().length() == getText().length(),
        "location",
        "covers "
            + getLocation().length()
            + " characters but text has "
            + getText().length()
            + ": make end - start equal the length of text");
    for (int i = 0; i < getSubjects().size(); i++) {
      String code = getSubjects().get(i);
      invariants.require(
          Subjects.isWellFormed(code),
          "subjects[" + i + "]",
          "'"
              + code
              + "' is not a subject code: use lower-case words joined by '-' and separated by '.',"
              + " for example data.cross-border-flow");
    }
    invariants.require(
        getParties().stream().distinct().count() == getParties().size(),
        "parties",
        "lists a party twice: name each party once");
    invariants.throwIfBroken();
  }

  /** Builds an {@link Outcome}. */
  class Builder extends ImmutableOutcome.Builder {}
}
