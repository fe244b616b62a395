package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ModelViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a waiver file: the finding it accepts, named by its fingerprint or by a rule and an
 * outcome (optionally of one record), with the reason, who approved it and the last day it applies.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWaiver.class)
@JsonDeserialize(as = ImmutableWaiver.class)
public interface Waiver {
  /**
   * @return the fingerprint of the finding waived, as a report prints it
   */
  Optional<String> getFingerprint();

  /**
   * @return the id of the rule whose finding is waived, with {@link #getOutcome()}
   */
  Optional<String> getRule();

  /**
   * @return the id of the outcome the finding rests on, with {@link #getRule()}
   */
  Optional<String> getOutcome();

  /**
   * @return the id of the record, to waive a rule-and-outcome pair in that record only
   */
  Optional<String> getRecord();

  /**
   * @return why the finding is accepted
   */
  String getReason();

  /**
   * @return who approved the waiver
   */
  String getApprovedBy();

  /**
   * @return the last day the waiver applies; after it, the finding counts again
   */
  LocalDate getExpires();

  /**
   * @param finding a finding
   * @param recordId the id of the record it was raised on
   * @return true when this waiver names that finding
   */
  default boolean matches(Finding finding, String recordId) {
    if (getFingerprint().isPresent()) {
      return getFingerprint().get().trim().equalsIgnoreCase(finding.getFingerprint());
    }
    return getRule().get().equals(finding.getRuleId())
        && finding.isOn(getOutcome().get())
        && getRecord().map(recordId::equals).orElse(true);
  }

  /**
   * @return what the waiver names, for messages
   */
  default String target() {
    return getFingerprint()
        .map(f -> "fingerprint " + f)
        .orElse("rule " + getRule().orElse("") + " on outcome " + getOutcome().orElse(""));
  }

  @Value.Check
  default void check() {
    List<Problem> problems = new ArrayList<>();
    boolean pair = getRule().isPresent() || getOutcome().isPresent();
    if (getFingerprint().isPresent() && pair) {
      problems.add(
          Problem.of(
              "fingerprint", "give either a fingerprint or a rule and an outcome, not both"));
    } else if (getFingerprint().isEmpty() && !pair) {
      problems.add(
          Problem.of(
              "",
              "a waiver names the finding it accepts: give its fingerprint (from a report) or a"
                  + " rule and an outcome"));
    } else if (pair && getRule().isEmpty()) {
      problems.add(Problem.of("rule", "a waiver by outcome needs the rule id too"));
    } else if (pair && getOutcome().isEmpty()) {
      problems.add(Problem.of("outcome", "a waiver by rule needs the outcome id too"));
    }
    if (getFingerprint().map(f -> !f.trim().matches("[0-9a-fA-F]{16}")).orElse(false)) {
      problems.add(
          Problem.of(
              "fingerprint",
              "'"
                  + getFingerprint().get()
                  + "' is not a fingerprint: copy the 16 hexadecimal digits a report prints"));
    }
    if (getReason().isBlank()) {
      problems.add(Problem.of("reason", "say why the finding is accepted"));
    }
    if (getApprovedBy().isBlank()) {
      problems.add(Problem.of("approvedBy", "say who approved the waiver"));
    }
    if (!problems.isEmpty()) {
      throw ModelViolationException.of("Waiver", problems);
    }
  }

  /** Builds a {@link Waiver}. */
  class Builder extends ImmutableWaiver.Builder {}
}
