package io.github.cbcf.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of reviewing one record: its findings in a fixed order (severity, then place in the
 * source, then rule id), and the counts that show nothing was skipped. The same record always gives
 * an equal report, whatever the order of its outcomes. It also carries what a rendered report shows
 * of the record ({@link #getRecord()}), so that any report format can be produced from it alone.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewReport.class)
@JsonDeserialize(as = ImmutableReviewReport.class)
public interface ReviewReport {
  /** Printed with every report. */
  String DISCLAIMER =
      "This report flags items that may require review by a qualified lawyer. It is not legal"
          + " advice, and an item without a finding has not been cleared.";

  /**
   * @return the id of the record reviewed
   */
  String getRecordId();

  /**
   * @return the version of the rule set used
   */
  String getRuleSetVersion();

  /**
   * @return the findings, most urgent first
   */
  List<Finding> getFindings();

  /**
   * @return how many outcomes the record holds; every one was reviewed
   */
  int getOutcomesReviewed();

  /**
   * @return ids of outcomes at least one finding rests on, in source order
   */
  List<String> getFlaggedOutcomes();

  /**
   * @return ids of outcomes no finding rests on, in source order
   */
  List<String> getCleanOutcomes();

  /**
   * @return outcomes with no subject from the built-in catalogue, in source order: no built-in rule
   *     on a subject could look at them, so a clean result says nothing about them ("not reviewed
   *     by any built-in rule")
   */
  List<String> getUnreviewedOutcomes();

  /**
   * @return what a report shows of the record reviewed; not part of equality (the findings and
   *     counts are the result) nor of the JSON form of the report, whose envelope already names the
   *     record
   */
  @Value.Auxiliary
  @JsonIgnore
  RecordFacts getRecord();

  /**
   * @param file the file the record was read from, as the user named it
   * @return the same report, its record facts naming the file
   */
  default ReviewReport withFile(String file) {
    return ImmutableReviewReport.copyOf(this).withRecord(getRecord().withFile(file));
  }

  /**
   * @param file the file the record was read from, as the user named it
   * @param lines the line of each outcome (by id) in that file
   * @return the same report, its record facts naming the file and where each outcome is in it
   */
  default ReviewReport withFile(String file, java.util.Map<String, Integer> lines) {
    return ImmutableReviewReport.copyOf(this)
        .withRecord(ImmutableRecordFacts.copyOf(getRecord()).withFile(file).withFileLines(lines));
  }

  /**
   * @return the disclaimer that goes with the report
   */
  default String getDisclaimer() {
    return DISCLAIMER;
  }

  /**
   * @param ruleId a rule id
   * @return the findings that rule raised
   */
  default List<Finding> findingsOf(String ruleId) {
    return getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
  }

  @Value.Check
  default void check() {
    if (getFlaggedOutcomes().size() + getCleanOutcomes().size() != getOutcomesReviewed()) {
      throw new IllegalStateException(
          "flagged ("
              + getFlaggedOutcomes().size()
              + ") and clean ("
              + getCleanOutcomes().size()
              + ") outcomes must add up to those reviewed ("
              + getOutcomesReviewed()
              + ")");
    }
  }
}
