package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A limit the statement puts on an outcome, a section or the whole partnership, for example "within
 * each country's laws".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualifier.class)
@JsonDeserialize(as = ImmutableQualifier.class)
public interface Qualifier {
  /**
   * @return what the qualifier promises
   */
  QualifierKind getKind();

  /**
   * @return the qualifier's words, exactly as in the source
   */
  String getText();

  /**
   * @return where the words stand in the source, when encoded
   */
  Optional<SourceSpan> getLocation();

  /**
   * Creates a qualifier without a location.
   *
   * @param kind what it promises
   * @param text its words
   * @return the qualifier
   */
  static Qualifier of(QualifierKind kind, String text) {
    return new Builder().kind(kind).text(text).build();
  }

  /**
   * @return true when this names a safeguard a reviewer can check
   */
  default boolean isSpecificSafeguard() {
    return getKind().isSpecificSafeguard();
  }

  @Value.Check
  default void check() {
    Invariants invariants = Invariants.of("Qualifier").requireText(getText(), "text");
    getLocation()
        .ifPresent(
            span ->
                invariants.require(
                    span.length() == getText().length(),
                    "location",
                    "covers "
                        + span.length()
                        + " characters but text has "
                        + getText().length()
                        + ": make end - start equal the length of text"));
    invariants.throwIfBroken();
  }

  /** Builds a {@link Qualifier}. */
  class Builder extends ImmutableQualifier.Builder {}
}
