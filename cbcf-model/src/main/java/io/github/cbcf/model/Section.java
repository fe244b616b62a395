package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section (theme) of a statement, such as "Law Enforcement Cooperation and Information Sharing".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
public interface Section {
  /**
   * @return an id unique among the record's sections
   */
  String getId();

  /**
   * @return the heading, as in the source
   */
  String getTitle();

  /**
   * @return where the heading stands in the source, when the statement has one
   */
  Optional<SourceSpan> getLocation();

  /**
   * @return qualifiers that apply to every outcome of the section
   */
  List<Qualifier> getQualifiers();

  /**
   * @return why an importer assigned the section's values; empty for values a person set
   */
  List<Evidence> getEvidence();

  @Value.Check
  default void check() {
    Invariants.of("Section")
        .requireText(getId(), "id")
        .requireText(getTitle(), "title")
        .throwIfBroken();
  }

  /** Builds a {@link Section}. */
  class Builder extends ImmutableSection.Builder {}
}
