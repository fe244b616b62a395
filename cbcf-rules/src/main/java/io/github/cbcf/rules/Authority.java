package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An authority a reviewer may check: a citation and the jurisdiction it belongs to ({@code US}, {@code CA}, or
 * {@code US/CA} for a bilateral instrument). Written in rule metadata as {@code "CA: Privacy Act, s. 8(2)(f)"}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuthority.class)
@JsonDeserialize(as = ImmutableAuthority.class)
public interface Authority {
  /** @return the jurisdiction, as the rule states it */
  String getJurisdiction();

  /** @return the citation */
  String getCitation();

  /**
   * Creates an authority.
   *
   * @param jurisdiction the jurisdiction
   * @param citation the citation
   * @return the authority
   */
  static Authority of(String jurisdiction, String citation) {
    return ImmutableAuthority.builder().jurisdiction(jurisdiction).citation(citation).build();
  }

  /**
   * Parses one entry of an {@code @authorities} list, {@code "JURISDICTION: citation"}.
   *
   * @param entry the entry
   * @return the authority
   * @throws IllegalArgumentException when the entry has no jurisdiction
   */
  static Authority parse(String entry) {
    int colon = entry.indexOf(':');
    if (colon <= 0 || colon == entry.length() - 1) {
      throw new IllegalArgumentException("'" + entry.trim() + "' has no jurisdiction: write it as"
          + " \"CA: Privacy Act, s. 8(2)(f)\"");
    }
    return of(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
  }
}
