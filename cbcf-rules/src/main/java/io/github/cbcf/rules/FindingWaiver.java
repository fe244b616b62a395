package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The waiver that covers a finding, as a report shows it: why the finding was accepted, who
 * approved that, until when, and where the waiver is written. An expired waiver is still shown, but
 * no longer waives.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFindingWaiver.class)
@JsonDeserialize(as = ImmutableFindingWaiver.class)
public interface FindingWaiver {
  /**
   * @return why the finding was accepted
   */
  String getReason();

  /**
   * @return who approved the waiver
   */
  String getApprovedBy();

  /**
   * @return the last day the waiver applies
   */
  LocalDate getExpires();

  /**
   * @return true when the review ran after {@link #getExpires()}: the finding counts again
   */
  boolean isExpired();

  /**
   * @return where the waiver is written, {@code file:line}
   */
  String getSource();

  /**
   * @return one line for a report, for example {@code Waived until 2027-06-30 by J. Doe: accepted
   *     (cbcf-waivers.yaml:4)}
   */
  default String describe() {
    return (isExpired()
            ? "Waiver expired on " + getExpires() + ", no longer waives: "
            : "Waived until " + getExpires() + " by " + getApprovedBy() + ": ")
        + getReason()
        + " ("
        + getSource()
        + ")";
  }
}
