package io.github.cbcf.reports;

import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.SectionHeading;
import io.github.cbcf.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * The report for a terminal: grouped by section, each finding with its sentence, reason and
 * authorities. Every value from a record passes through {@link ControlCharacters#inline}, so that
 * escape sequences in a record can neither erase nor forge a line, coloured or not.
 */
final class TextReport {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";

  private final boolean colour;
  private final StringBuilder out = new StringBuilder();

  TextReport(boolean colour) {
    this.colour = colour;
  }

  String render(List<ReviewReport> reports, List<ReviewFailure> failures) {
    for (ReviewReport report : reports) {
      record(report);
    }
    if (!failures.isEmpty()) {
      line(bold("Could not be reviewed:"));
      failures.forEach(failure -> line("  " + shown(ReportParts.failure(failure))));
      line("");
    }
    line(ReportParts.inputCounts(reports, failures));
    out.append(ReviewReport.DISCLAIMER).append('\n');
    return out.toString();
  }

  private void record(ReviewReport report) {
    line(bold(shown(report.getRecord().getHeadline())));
    report.getRecord().getFile().ifPresent(file -> line("File: " + shown(file)));
    line("Source: " + shown(report.getRecord().getSourceTitle()));
    line(
        report.getOutcomesReviewed()
            + " outcomes reviewed: "
            + report.getFlaggedOutcomes().size()
            + " flagged, "
            + report.getCleanOutcomes().size()
            + " with no finding, "
            + report.getUnreviewedOutcomes().size()
            + " not reviewed by any built-in rule. "
            + report.getFindings().size()
            + " findings (rule set "
            + shown(report.getRuleSetVersion())
            + ").");
    if (!ReportParts.workflow(report).isEmpty()) {
      line(ReportParts.workflow(report));
    }
    line("");
    for (Map.Entry<SectionHeading, List<Finding>> section :
        ReportParts.findingsBySection(report).entrySet()) {
      line(bold("== " + shown(section.getKey().getTitle()) + " =="));
      line("");
      section.getValue().forEach(this::finding);
    }
    if (!report.getCleanOutcomes().isEmpty()) {
      line("No finding: " + shown(String.join(", ", report.getCleanOutcomes())));
      line("");
    }
    if (!report.getUnreviewedOutcomes().isEmpty()) {
      line(
          "Not reviewed by any built-in rule (no subject from the catalogue): "
              + shown(String.join(", ", report.getUnreviewedOutcomes())));
      line("");
    }
  }

  private void finding(Finding finding) {
    String status = ReportParts.marks(finding).replace(" [", "  [");
    line(
        severity(finding.getSeverity())
            + "  "
            + shown(finding.getRuleId())
            + "  "
            + shown(finding.getTitle())
            + status);
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      line(
          "  line "
              + outcome.getLocation().getLine()
              + ", outcome "
              + shown(outcome.getId())
              + ":");
      line("    \"" + shown(outcome.getText()) + "\"");
      ReportParts.evidence(outcome).forEach(e -> line("    tagged: " + shown(e)));
    }
    line("  Why: " + shown(finding.getRationale()));
    if (!finding.getAuthorities().isEmpty()) {
      line("  Check:");
      for (Authority authority : finding.getAuthorities()) {
        line("    - " + shown(authority.getJurisdiction() + ": " + authority.describe()));
      }
    }
    if (!finding.getAuthoritiesNotInForce().isEmpty()) {
      line("  Not in force at the meeting:");
      for (Authority authority : finding.getAuthoritiesNotInForce()) {
        line("    - " + shown(authority.getJurisdiction() + ": " + authority.describe()));
      }
    }
    line("  " + shown(finding.partiesNote()));
    if (!finding.getQualifiers().isEmpty()) {
      line(
          "  Qualifiers: "
              + shown(
                  String.join(
                      "; ",
                      finding.getQualifiers().stream().map(ReportParts::qualifier).toList())));
    }
    if (finding.isLoweredAsRetrospective()) {
      line("  " + ReportParts.LOWERED_AS_RETROSPECTIVE);
    }
    finding
        .getEscalatedBy()
        .ifPresent(
            rule ->
                line(
                    "  Escalated from "
                        + finding.getDeclaredSeverity()
                        + " by "
                        + shown(rule)
                        + "."));
    finding
        .getSuppressedBy()
        .ifPresent(
            rule ->
                line(
                    "  Suppressed by "
                        + shown(rule + ": " + finding.getSuppressionReason().orElse(""))));
    finding.getWaiver().ifPresent(waiver -> line("  " + shown(waiver.describe())));
    line("  Fingerprint: " + finding.getFingerprint());
    line("");
  }

  private String severity(Severity severity) {
    String label = String.format("%-6s", severity.name());
    if (!colour) {
      return label;
    }
    String code =
        switch (severity) {
          case HIGH -> "\u001B[31m";
          case MEDIUM -> "\u001B[33m";
          case LOW -> "\u001B[36m";
          case INFO -> "\u001B[37m";
        };
    return BOLD + code + label + RESET;
  }

  private String bold(String text) {
    return colour ? BOLD + text + RESET : text;
  }

  private static String shown(String value) {
    return ControlCharacters.inline(value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
