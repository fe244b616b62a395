package io.github.cbcf.maven;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which findings fail the build: those raised at or above the configured severity. This is the one
 * place that decides it: a finding a waiver covers (status WAIVED, set by {@link FolderWaivers}) or
 * that is suppressed does not count; one whose waiver expired is raised again and counts.
 */
final class FailureThreshold {
  /** The {@code failOn} value that never fails the build. */
  static final String NONE = "NONE";

  private final Optional<Severity> threshold;

  private FailureThreshold(Optional<Severity> threshold) {
    this.threshold = threshold;
  }

  /**
   * @param value HIGH, MEDIUM, LOW, INFO or NONE, in any case
   * @throws IllegalArgumentException naming the allowed values
   */
  static FailureThreshold parse(String value) {
    String name = value.trim().toUpperCase(Locale.ROOT);
    if (name.equals(NONE)) {
      return new FailureThreshold(Optional.empty());
    }
    try {
      return new FailureThreshold(Optional.of(Severity.valueOf(name)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "failOn: unknown severity '" + value + "'; use HIGH, MEDIUM, LOW, INFO or NONE", e);
    }
  }

  Optional<Severity> severity() {
    return threshold;
  }

  List<Finding> failing(List<ReviewReport> reports) {
    if (threshold.isEmpty()) {
      return List.of();
    }
    return reports.stream()
        .flatMap(report -> report.getFindings().stream())
        .filter(f -> f.getStatus() == FindingStatus.RAISED)
        .filter(f -> f.getSeverity().isAtLeast(threshold.get()))
        .toList();
  }
}
