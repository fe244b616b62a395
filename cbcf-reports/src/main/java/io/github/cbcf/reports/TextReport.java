package io.github.cbcf.reports;

import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.SectionHeading;
import io.github.cbcf.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * The report for a terminal: grouped by section, each finding with its sentence, reason and
 * authorities.
 */
final class TextReport {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";

  private final boolean colour;
  private final StringBuilder out = new StringBuilder();

  TextReport(boolean colour) {
    this.colour = colour;
  }

  String render(List<ReviewReport> reports) {
    for (ReviewReport report : reports) {
      record(report);
    }
    out.append(ReviewReport.DISCLAIMER).append('\n');
    return out.toString();
  }

  private void record(ReviewReport report) {
    line(bold(report.getRecord().getHeadline()));
    report.getRecord().getFile().ifPresent(file -> line("File: " + file));
    line("Source: " + report.getRecord().getSourceTitle());
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
            + report.getRuleSetVersion()
            + ").");
    if (!ReportParts.workflow(report).isEmpty()) {
      line(ReportParts.workflow(report));
    }
    line("");
    for (Map.Entry<SectionHeading, List<Finding>> section :
        ReportParts.findingsBySection(report).entrySet()) {
      line(bold("== " + section.getKey().getTitle() + " =="));
      line("");
      section.getValue().forEach(this::finding);
    }
    if (!report.getCleanOutcomes().isEmpty()) {
      line("No finding: " + String.join(", ", report.getCleanOutcomes()));
      line("");
    }
    if (!report.getUnreviewedOutcomes().isEmpty()) {
      line(
          "Not reviewed by any built-in rule (no subject from the catalogue): "
              + String.join(", ", report.getUnreviewedOutcomes()));
      line("");
    }
  }

  private void finding(Finding finding) {
    String status = ReportParts.marks(finding).replace(" [", "  [");
    line(
        severity(finding.getSeverity())
            + "  "
            + finding.getRuleId()
            + "  "
            + finding.getTitle()
            + status);
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      line("  line " + outcome.getLocation().getLine() + ", outcome " + outcome.getId() + ":");
      line("    \"" + outcome.getText() + "\"");
      ReportParts.evidence(outcome).forEach(e -> line("    tagged: " + e));
    }
    line("  Why: " + finding.getRationale());
    if (!finding.getAuthorities().isEmpty()) {
      line("  Check:");
      for (Authority authority : finding.getAuthorities()) {
        line("    - " + authority.getJurisdiction() + ": " + authority.describe());
      }
    }
    if (!finding.getAuthoritiesNotInForce().isEmpty()) {
      line("  Not in force at the meeting:");
      for (Authority authority : finding.getAuthoritiesNotInForce()) {
        line("    - " + authority.getJurisdiction() + ": " + authority.describe());
      }
    }
    line("  " + finding.partiesNote());
    if (!finding.getQualifiers().isEmpty()) {
      line(
          "  Qualifiers: "
              + String.join(
                  "; ", finding.getQualifiers().stream().map(ReportParts::qualifier).toList()));
    }
    if (finding.isLoweredAsRetrospective()) {
      line("  " + ReportParts.LOWERED_AS_RETROSPECTIVE);
    }
    finding
        .getEscalatedBy()
        .ifPresent(
            rule ->
                line("  Escalated from " + finding.getDeclaredSeverity() + " by " + rule + "."));
    finding
        .getSuppressedBy()
        .ifPresent(
            rule ->
                line("  Suppressed by " + rule + ": " + finding.getSuppressionReason().orElse("")));
    finding.getWaiver().ifPresent(waiver -> line("  " + waiver.describe()));
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

  private void line(String text) {
    out.append(text).append('\n');
  }
}
