package io.github.cbcf.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item that may require a lawyer's review: the rule that raised it and why, the authorities to
 * check, and the exact sentences of the record it rests on. A finding is not legal advice.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  /**
   * @return the id of the rule that raised it
   */
  String getRuleId();

  /**
   * @return the rule's title
   */
  String getTitle();

  /**
   * @return the concern the rule belongs to
   */
  String getConcern();

  /**
   * @return the severity reported: the declared one, raised by any escalation
   */
  Severity getSeverity();

  /**
   * @return the severity the rule declares, after any configured override but before escalation
   */
  Severity getDeclaredSeverity();

  /**
   * @return true when the rule declares {@code @retrospective("lower")} and every outcome of the
   *     finding only looks back, so the declared severity is one step below the rule's
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean isLoweredAsRetrospective() {
    return false;
  }

  /**
   * @return whether the finding stands or was suppressed
   */
  FindingStatus getStatus();

  /**
   * @return the id of the user's rule that escalated the finding, if one did
   */
  Optional<String> getEscalatedBy();

  /**
   * @return the id of the user's rule that suppressed the finding, if one did
   */
  Optional<String> getSuppressedBy();

  /**
   * @return why it was suppressed, if it was
   */
  Optional<String> getSuppressionReason();

  /**
   * @return what may require review and why
   */
  String getRationale();

  /**
   * @return the authorities a reviewer may check: those of the meeting's parties (or, for a rule
   *     that names no jurisdiction, all of them) that may have applied at the meeting's date
   */
  List<Authority> getAuthorities();

  /**
   * @return authorities of the meeting's parties that began after the meeting, or lapsed before it
   */
  List<Authority> getAuthoritiesNotInForce();

  /**
   * @return the codes of the meeting's parties, in record order
   */
  List<String> getParties();

  /**
   * @return the meeting's parties for which the rule names no authority, in record order
   */
  List<String> getUncoveredParties();

  /**
   * Names the meeting's parties and those the catalogue has no authority for, the same in every
   * report format.
   *
   * @return for example {@code "Parties: US, CA, GB, AU, NZ. No authority in the catalogue for
   *     NZ."}
   */
  default String partiesNote() {
    String note = "Parties: " + String.join(", ", getParties()) + ".";
    return getUncoveredParties().isEmpty()
        ? note
        : note
            + " No authority in the catalogue for "
            + String.join(", ", getUncoveredParties())
            + ".";
  }

  /**
   * @return the record the outcomes belong to
   */
  String getRecordId();

  /**
   * @return the id of the section of the first outcome
   */
  String getSection();

  /**
   * @return the title of that section
   */
  String getSectionTitle();

  /**
   * @return the outcomes the finding rests on, in source order; at least one
   */
  List<FlaggedOutcome> getOutcomes();

  /**
   * @return the qualifiers that applied to those outcomes, with where each was stated
   */
  List<FindingQualifier> getQualifiers();

  /**
   * @return the version of the rule set that raised it
   */
  String getRuleSetVersion();

  /**
   * @return a stable identity of the finding ({@link Fingerprints}): the same across re-imports of
   *     the statement and edits elsewhere in it; waivers and baselines name findings by it
   */
  @Value.Default
  default String getFingerprint() {
    return Fingerprints.of(
        getRuleId(), getOutcomes().stream().map(FlaggedOutcome::getText).toList());
  }

  /**
   * @return the waiver that covers the finding ({@link Waivers}), also when it has expired
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  Optional<FindingWaiver> getWaiver();

  /**
   * @return after {@link Baseline#mark}: true when the baseline does not hold the finding; empty
   *     when no baseline was given
   */
  @JsonProperty("new")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  Optional<Boolean> getNewSinceBaseline();

  /**
   * @return true for a finding that stands: not suppressed, not waived
   */
  default boolean isRaised() {
    return getStatus() == FindingStatus.RAISED;
  }

  /**
   * @return where the first outcome starts in the source, for ordering
   */
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
