package io.github.cbcf.scenarios;

import io.github.cbcf.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a scenario's comparison: a rule and outcomes, what the scenario expected of them, and
 * whether the review found such a finding. A scenario passes when every row {@link #isMet() is
 * met}.
 */
public final class FindingCheck {
  /** What a scenario said about a finding. */
  public enum Expectation {
    /** Listed under {@code expect}: it must be found. */
    EXPECTED("yes"),
    /** Listed under {@code expectAbsent}: it must not be found. */
    ABSENT("must not"),
    /** Not listed: found, and allowed unless the scenario is exhaustive. */
    UNLISTED("not listed");

    private final String label;

    Expectation(String label) {
      this.label = label;
    }

    /**
     * @return the word shown in the comparison table
     */
    public String getLabel() {
      return label;
    }
  }

  private final String ruleId;
  private final List<String> outcomes;
  private final Expectation expectation;
  private final ExpectedFinding entry;
  private final Finding finding;
  private final boolean met;
  private final String note;

  FindingCheck(
      String ruleId,
      List<String> outcomes,
      Expectation expectation,
      ExpectedFinding entry,
      Finding finding,
      boolean met,
      String note) {
    this.ruleId = Objects.requireNonNull(ruleId);
    this.entry = entry;
    this.outcomes = List.copyOf(outcomes);
    this.expectation = Objects.requireNonNull(expectation);
    this.finding = finding;
    this.met = met;
    this.note = note == null ? "" : note;
  }

  /**
   * @return the rule id, or {@value ExpectedFinding#ANY_RULE} for an expectAbsent entry about every
   *     rule
   */
  public String getRuleId() {
    return ruleId;
  }

  /**
   * @return the outcome ids: those of the finding when one was found, else those the scenario
   *     listed
   */
  public List<String> getOutcomes() {
    return outcomes;
  }

  /**
   * @return what the scenario said
   */
  public Expectation getExpectation() {
    return expectation;
  }

  /**
   * @return the scenario's {@code expect} or {@code expectAbsent} entry this row checks; empty when
   *     unlisted
   */
  public Optional<ExpectedFinding> getEntry() {
    return Optional.ofNullable(entry);
  }

  /**
   * @return the finding the review raised for this row, if it raised one
   */
  public Optional<Finding> getFinding() {
    return Optional.ofNullable(finding);
  }

  /**
   * @return true when the review raised a finding for this row
   */
  public boolean isFound() {
    return finding != null;
  }

  /**
   * @return true when what was found agrees with what the scenario expected
   */
  public boolean isMet() {
    return met;
  }

  /**
   * @return true for an expected finding the review did not raise
   */
  public boolean isMissing() {
    return expectation == Expectation.EXPECTED && !met;
  }

  /**
   * @return true for a finding the review raised although the scenario expected it absent, or did
   *     not list it
   */
  public boolean isUnexpected() {
    return isFound() && !met;
  }

  /**
   * @return a hint on a row that is not met, for example where the rule fired instead; empty
   *     otherwise
   */
  public String getNote() {
    return note;
  }

  /**
   * @return {@code RULE on [outcome, ...]}
   */
  @Override
  public String toString() {
    return ruleId + " on " + outcomes;
  }
}
