package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One item that may require a lawyer's review: the rule that raised it and why, the authorities to check, and
 * the exact sentences of the record it rests on. A finding is not legal advice.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  /** @return the id of the rule that raised it */
  String getRuleId();

  /** @return the rule's title */
  String getTitle();

  /** @return the concern the rule belongs to */
  String getConcern();

  /** @return the severity, after any override the reviewer was configured with */
  Severity getSeverity();

  /** @return what may require review and why */
  String getRationale();

  /** @return the authorities a reviewer may check */
  List<Authority> getAuthorities();

  /** @return the record the outcomes belong to */
  String getRecordId();

  /** @return the id of the section of the first outcome */
  String getSection();

  /** @return the title of that section */
  String getSectionTitle();

  /** @return the outcomes the finding rests on, in source order; at least one */
  List<FlaggedOutcome> getOutcomes();

  /** @return the qualifiers that applied to those outcomes, with where each was stated */
  List<FindingQualifier> getQualifiers();

  /** @return the version of the rule set that raised it */
  String getRuleSetVersion();

  /** @return where the first outcome starts in the source, for ordering */
  default int getStart() {
    return getOutcomes().get(0).getLocation().getStart();
  }

  /**
   * @param outcomeId an outcome id
   * @return true when the finding rests on that outcome
   */
  default boolean isOn(String outcomeId) {
    return getOutcomes().stream().anyMatch(o -> o.getId().equals(outcomeId));
  }
}
