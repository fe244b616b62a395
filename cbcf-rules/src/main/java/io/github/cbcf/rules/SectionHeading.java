package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A section as a report heads it: its id and title. */
@Value.Immutable
@JsonSerialize(as = ImmutableSectionHeading.class)
@JsonDeserialize(as = ImmutableSectionHeading.class)
public interface SectionHeading {
  /**
   * @return the section's id, as {@link Finding#getSection()} gives it
   */
  String getId();

  /**
   * @return the section's title
   */
  String getTitle();

  /**
   * @param id the section's id
   * @param title its title
   * @return the heading
   */
  static SectionHeading of(String id, String title) {
    return ImmutableSectionHeading.builder().id(id).title(title).build();
  }
}
