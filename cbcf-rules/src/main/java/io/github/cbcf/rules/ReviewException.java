package io.github.cbcf.rules;

import io.github.cbcf.CbcfException;
import java.util.Optional;

/**
 * A review that could not finish: a rule threw, or rules fired more often than the review's limit
 * (a rule that matches what it emits loops). The message names the rule and the outcome; no partial
 * report is returned.
 */
public final class ReviewException extends CbcfException {
  private static final long serialVersionUID = 1L;

  private final String ruleName;
  private final String recordId;
  private final String outcomeId;

  /**
   * @param message what failed and what to do
   * @param ruleName the rule at fault, or null
   * @param recordId the record(s) being reviewed
   * @param outcomeId the outcome matched, or null
   * @param cause the rule's failure, or null
   */
  public ReviewException(
      String message, String ruleName, String recordId, String outcomeId, Throwable cause) {
    super(message, cause);
    this.ruleName = ruleName;
    this.recordId = recordId;
    this.outcomeId = outcomeId;
  }

  /**
   * @return the name of the rule at fault, when known
   */
  public Optional<String> getRuleName() {
    return Optional.ofNullable(ruleName);
  }

  /**
   * @return the record being reviewed
   */
  public String getRecordId() {
    return recordId;
  }

  /**
   * @return the outcome the rule was matching, when known
   */
  public Optional<String> getOutcomeId() {
    return Optional.ofNullable(outcomeId);
  }
}
