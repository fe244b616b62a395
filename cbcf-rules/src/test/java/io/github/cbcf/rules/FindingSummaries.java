package io.github.cbcf.rules;

import java.util.List;

/**
 * Short, comparable summaries of findings for assertions: the rule id and the outcome ids it rests
 * on.
 */
public final class FindingSummaries {
  private FindingSummaries() {}

  /**
   * @param finding a finding
   * @return for example {@code CBCF-DATA-002 [flow, personal]}
   */
  public static String of(Finding finding) {
    return finding.getRuleId() + " " + outcomeIds(finding);
  }

  /**
   * @param report a report
   * @return the summaries of its findings, in report order
   */
  public static List<String> of(ReviewReport report) {
    return report.getFindings().stream().map(FindingSummaries::of).toList();
  }

  /**
   * @param finding a finding
   * @return the ids of the outcomes it rests on, in the order it gives them
   */
  public static List<String> outcomeIds(Finding finding) {
    return finding.getOutcomes().stream().map(FlaggedOutcome::getId).toList();
  }
}
