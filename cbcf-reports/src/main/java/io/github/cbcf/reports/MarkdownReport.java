package io.github.cbcf.reports;

import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.SectionHeading;
import java.util.List;
import java.util.Map;

/** The report as Markdown, for issues, merge requests and wikis. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(List<ReviewReport> reports) {
    StringBuilder out = new StringBuilder();
    for (ReviewReport report : reports) {
      out.append("# Review of ").append(escape(report.getRecord().getHeadline())).append("\n\n");
      out.append("> ").append(ReviewReport.DISCLAIMER).append("\n\n");
      out.append(
          "| File | Outcomes reviewed | Flagged | No finding | Not reviewed by any built-in rule | Findings"
              + " | Rule set |\n");
      out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      out.append("| `")
          .append(ReportParts.file(report))
          .append("` | ")
          .append(report.getOutcomesReviewed())
          .append(" | ")
          .append(report.getFlaggedOutcomes().size())
          .append(" | ")
          .append(report.getCleanOutcomes().size())
          .append(" | ")
          .append(report.getUnreviewedOutcomes().size())
          .append(" | ")
          .append(report.getFindings().size())
          .append(" | ")
          .append(report.getRuleSetVersion())
          .append(" |\n\n");
      if (!ReportParts.workflow(report).isEmpty()) {
        out.append(ReportParts.workflow(report)).append("\n\n");
      }
      for (Map.Entry<SectionHeading, List<Finding>> section :
          ReportParts.findingsBySection(report).entrySet()) {
        out.append("## ").append(escape(section.getKey().getTitle())).append("\n\n");
        section.getValue().forEach(finding -> finding(out, finding));
      }
      if (!report.getCleanOutcomes().isEmpty()) {
        out.append("**No finding:** ")
            .append(
                String.join(
                    ", ", report.getCleanOutcomes().stream().map(id -> "`" + id + "`").toList()))
            .append("\n\n");
      }
      if (!report.getUnreviewedOutcomes().isEmpty()) {
        out.append("**Not reviewed by any built-in rule** (no subject from the catalogue): ")
            .append(
                String.join(
                    ", ",
                    report.getUnreviewedOutcomes().stream().map(id -> "`" + id + "`").toList()))
            .append("\n\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void finding(StringBuilder out, Finding finding) {
    out.append("### ")
        .append(finding.getSeverity())
        .append(" · ")
        .append(finding.getRuleId())
        .append(" · ")
        .append(escape(finding.getTitle()));
    out.append(ReportParts.marks(finding).replace("[", "(").replace("]", ")"));
    out.append("\n\n");
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      out.append("> ")
          .append(escape(outcome.getText()))
          .append("\n>\n> — line ")
          .append(outcome.getLocation().getLine())
          .append(", outcome `")
          .append(outcome.getId())
          .append("`\n\n");
      for (String evidence : ReportParts.evidence(outcome)) {
        out.append("- tagged: ").append(escape(evidence)).append('\n');
      }
      if (!outcome.getEvidence().isEmpty()) {
        out.append('\n');
      }
    }
    out.append("**Why.** ").append(escape(finding.getRationale())).append("\n\n");
    if (!finding.getAuthorities().isEmpty()) {
      out.append("**Authorities to check.**\n\n");
      for (Authority authority : finding.getAuthorities()) {
        out.append("- ")
            .append(authority.getJurisdiction())
            .append(": ")
            .append(escape(authority.describe()))
            .append('\n');
      }
      out.append('\n');
    }
    if (!finding.getAuthoritiesNotInForce().isEmpty()) {
      out.append("**Not in force at the meeting.**\n\n");
      for (Authority authority : finding.getAuthoritiesNotInForce()) {
        out.append("- ")
            .append(authority.getJurisdiction())
            .append(": ")
            .append(escape(authority.describe()))
            .append('\n');
      }
      out.append('\n');
    }
    out.append(escape(finding.partiesNote())).append("\n\n");
    if (!finding.getQualifiers().isEmpty()) {
      out.append("**Qualifiers.** ")
          .append(
              escape(
                  String.join(
                      "; ", finding.getQualifiers().stream().map(ReportParts::qualifier).toList())))
          .append("\n\n");
    }
    if (finding.isLoweredAsRetrospective()) {
      out.append(ReportParts.LOWERED_AS_RETROSPECTIVE).append("\n\n");
    }
    finding
        .getEscalatedBy()
        .ifPresent(
            rule ->
                out.append("**Escalated** from ")
                    .append(finding.getDeclaredSeverity())
                    .append(" by `")
                    .append(rule)
                    .append("`.\n\n"));
    finding
        .getSuppressedBy()
        .ifPresent(
            rule ->
                out.append("**Suppressed** by `")
                    .append(rule)
                    .append("`: ")
                    .append(escape(finding.getSuppressionReason().orElse("")))
                    .append("\n\n"));
    finding.getWaiver().ifPresent(waiver -> out.append(escape(waiver.describe())).append("\n\n"));
    out.append("Fingerprint: `").append(finding.getFingerprint()).append("`\n\n");
  }

  /** Escapes the characters Markdown would read as markup, so statement text shows as written. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
