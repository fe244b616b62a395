package io.github.cbcf.rules;

import io.github.cbcf.Problem;
import java.util.List;

/** Reports with a waiver file applied, and what the waivers themselves need: expired or stale. */
public final class WaiverResult {
  private final List<ReviewReport> reports;
  private final List<Problem> warnings;

  WaiverResult(List<ReviewReport> reports, List<Problem> warnings) {
    this.reports = List.copyOf(reports);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * @return the reports, in the order given, with waived findings marked
   */
  public List<ReviewReport> getReports() {
    return reports;
  }

  /**
   * @return one warning per expired waiver and per waiver that matched nothing, in file order
   */
  public List<Problem> getWarnings() {
    return warnings;
  }
}
