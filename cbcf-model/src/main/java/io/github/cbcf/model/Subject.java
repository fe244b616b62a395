package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A subject an outcome can be about: a stable dot-separated code and a label. The built-in
 * catalogue is {@link Subjects#builtIn()}; a record declares further subjects of its own in {@link
 * ForumRecord#getSubjects()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubject.class)
@JsonDeserialize(as = ImmutableSubject.class)
public interface Subject {
  /**
   * @return the code, for example {@code data.cross-border-flow}
   */
  String getCode();

  /**
   * @return a short label for people
   */
  String getLabel();

  /**
   * Creates a subject.
   *
   * @param code dot-separated code
   * @param label short label
   * @return the subject
   */
  static Subject of(String code, String label) {
    return new Builder().code(code).label(label).build();
  }

  @Value.Check
  default void check() {
    Invariants.of("Subject")
        .require(
            Subjects.isWellFormed(getCode()),
            "code",
            "'"
                + getCode()
                + "' is not a subject code: use lower-case words joined by '-' and separated by '.',"
                + " for example org.export-controls")
        .requireText(getLabel(), "label")
        .throwIfBroken();
  }

  /** Builds a {@link Subject}. */
  class Builder extends ImmutableSubject.Builder {}
}
