package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why an importer assigned a value: the words it came from, where they stand, and the lexicon entry
 * that matched. A value with evidence was found in the text; a value without was set by a person.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public interface Evidence {
  /**
   * @return the field the value was assigned to, for example {@code subjects}, {@code kind} or
   *     {@code parties}
   */
  String getField();

  /**
   * @return the value assigned, for example {@code data.information-sharing}, {@code AGREED} or
   *     {@code US}
   */
  String getValue();

  /**
   * @return the words the value came from, exactly as in the source
   */
  String getWords();

  /**
   * @return where the words stand in the source, when known
   */
  Optional<SourceSpan> getLocation();

  /**
   * @return the lexicon entry that matched, for example {@code en.lexicon:42
   *     data.information-sharing}
   */
  String getEntry();

  /**
   * Creates evidence.
   *
   * @param field the field assigned
   * @param value the value assigned
   * @param words the words matched
   * @param location where they stand
   * @param entry the lexicon entry
   * @return the evidence
   */
  static Evidence of(String field, String value, String words, SourceSpan location, String entry) {
    return new Builder()
        .field(field)
        .value(value)
        .words(words)
        .location(location)
        .entry(entry)
        .build();
  }

  @Value.Check
  default void check() {
    Invariants invariants =
        Invariants.of("Evidence")
            .requireText(getField(), "field")
            .requireText(getValue(), "value")
            .requireText(getWords(), "words")
            .requireText(getEntry(), "entry");
    getLocation()
        .ifPresent(
            span ->
                invariants.require(
                    span.length() == getWords().length(),
                    "location",
                    "covers "
                        + span.length()
                        + " characters but words has "
                        + getWords().length()
                        + ": make end - start equal the length of words"));
    invariants.throwIfBroken();
  }

  /** Builds an {@link Evidence}. */
  class Builder extends ImmutableEvidence.Builder {}
}
