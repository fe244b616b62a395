package io.github.cbcf.scenarios;

import io.github.cbcf.rules.RuleDescription;
import java.util.List;
import java.util.Objects;

/**
 * How one rule fared over a run of scenarios: the scenarios it fired in, and those in which it was
 * exercised, that is expected under {@code expect} and actually found. A rule fires when it raises
 * a finding, or, for a user's rule, when it escalates or suppresses one; such a rule is exercised
 * where an {@code expect} entry pins the severity or status it changed. A rule that fires but is
 * never expected is not exercised: nothing would notice if it stopped firing.
 */
public final class RuleCoverage {
  /** Where a rule stands. */
  public enum Status {
    /** Expected to fire in at least one scenario, and it did. */
    EXERCISED("exercised"),
    /** Fired, but no scenario expects it to. */
    FIRED_NOT_EXPECTED("fired, never expected"),
    /** Fired in no scenario. */
    NEVER_FIRED("never fired");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /**
     * @return the words the coverage summary uses
     */
    public String getLabel() {
      return label;
    }
  }

  private final RuleDescription rule;
  private final List<String> firedIn;
  private final List<String> exercisedIn;

  RuleCoverage(RuleDescription rule, List<String> firedIn, List<String> exercisedIn) {
    this.rule = Objects.requireNonNull(rule);
    this.firedIn = List.copyOf(firedIn);
    this.exercisedIn = List.copyOf(exercisedIn);
  }

  /**
   * @return the rule's description
   */
  public RuleDescription getDescription() {
    return rule;
  }

  /**
   * @return the rule's id
   */
  public String getRuleId() {
    return rule.getId();
  }

  /**
   * @return names of the scenarios in which the rule raised, escalated or suppressed a finding,
   *     sorted
   */
  public List<String> getFiredIn() {
    return firedIn;
  }

  /**
   * @return names of the scenarios that expected the rule to fire and saw it fire, sorted
   */
  public List<String> getExercisedIn() {
    return exercisedIn;
  }

  /**
   * @return true when at least one scenario expected the rule to fire and it did
   */
  public boolean isExercised() {
    return !exercisedIn.isEmpty();
  }

  /**
   * @return where the rule stands
   */
  public Status getStatus() {
    return isExercised()
        ? Status.EXERCISED
        : firedIn.isEmpty() ? Status.NEVER_FIRED : Status.FIRED_NOT_EXPECTED;
  }

  @Override
  public String toString() {
    return getRuleId() + " " + getStatus().getLabel();
  }
}
