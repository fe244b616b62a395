package io.github.cbcf.scenarios;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ModelViolationException;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A finding a scenario expects, or expects to be absent: a rule id and the ids of the outcomes it
 * rests on.
 *
 * <pre>{@code
 * expect:
 *   - rule: CBCF-DATA-002
 *     outcomes: [ministers-data-flow, ministers-personal-data]
 * expectAbsent:
 *   - rule: CBCF-INFO-001
 *     outcomes: [sharing-with-safeguards]
 *   - rule: "*"                      # no rule at all
 *     outcomes: [fentanyl-noted]
 * }</pre>
 *
 * <p>Under {@code expect}, the finding must rest on exactly the outcomes listed. Under {@code
 * expectAbsent}, the rule must not flag any of the outcomes listed, or, with no outcomes listed,
 * must not fire on the record at all; the rule {@value #ANY_RULE} there stands for every rule. A
 * {@code severity} or {@code status} narrows the entry to findings reported at that severity (after
 * overrides and escalations) or with that status ({@code RAISED}, or {@code SUPPRESSED} by a user's
 * rule); without them, a finding counts whatever its severity and status.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpectedFinding.class)
@JsonDeserialize(as = ImmutableExpectedFinding.class)
public interface ExpectedFinding {
  /** Under {@code expectAbsent}, stands for every rule. */
  String ANY_RULE = "*";

  /**
   * @return the rule id, for example {@code CBCF-INFO-001}, or {@value #ANY_RULE} under
   *     expectAbsent
   */
  String getRule();

  /**
   * @return ids of the outcomes the finding rests on
   */
  List<String> getOutcomes();

  /**
   * @return the severity the finding must be reported at, when the scenario says
   */
  Optional<Severity> getSeverity();

  /**
   * @return whether the finding must stand or be suppressed, when the scenario says
   */
  Optional<FindingStatus> getStatus();

  /**
   * Creates an expected finding.
   *
   * @param rule the rule id
   * @param outcomes ids of the outcomes it rests on
   * @return the expected finding
   */
  static ExpectedFinding of(String rule, String... outcomes) {
    return new Builder().rule(rule).addOutcomes(outcomes).build();
  }

  /**
   * @return true when this stands for every rule
   */
  default boolean isAnyRule() {
    return ANY_RULE.equals(getRule());
  }

  /**
   * Tells whether a rule is the one meant here.
   *
   * @param ruleId a rule id
   * @return true when the ids are equal, or this stands for every rule
   */
  default boolean isAbout(String ruleId) {
    return isAnyRule() || getRule().equals(ruleId);
  }

  /**
   * Tells whether a finding has the severity and status this entry asks for, if it asks for any.
   *
   * @param finding a finding
   * @return true when every attribute given here matches
   */
  default boolean acceptsSeverityAndStatusOf(Finding finding) {
    return getSeverity().map(s -> s == finding.getSeverity()).orElse(true)
        && getStatus().map(s -> s == finding.getStatus()).orElse(true);
  }

  @Value.Check
  default void check() {
    List<Problem> problems = new ArrayList<>();
    if (getRule().isBlank()) {
      problems.add(
          Problem.of("rule", "must not be blank: write the rule id, for example CBCF-INFO-001"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getOutcomes().size(); i++) {
      String outcome = getOutcomes().get(i);
      if (outcome.isBlank()) {
        problems.add(Problem.of("outcomes[" + i + "]", "must not be blank: write the outcome id"));
      } else if (!seen.add(outcome)) {
        problems.add(
            Problem.of(
                "outcomes[" + i + "]",
                "'" + outcome + "' is listed twice: list each outcome once"));
      }
    }
    if (!problems.isEmpty()) {
      throw ModelViolationException.of("ExpectedFinding", problems);
    }
  }

  /** Builds an {@link ExpectedFinding}. */
  class Builder extends ImmutableExpectedFinding.Builder {}
}
