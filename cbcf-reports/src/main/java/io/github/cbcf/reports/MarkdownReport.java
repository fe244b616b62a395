package io.github.cbcf.reports;

import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.SectionHeading;
import java.util.List;
import java.util.Map;

/**
 * The report as Markdown, for issues, merge requests and wikis. Every value is escaped for where it
 * stands ({@link #escape} in text, {@link #code} in code spans), so that a record can neither add
 * live HTML nor forge a heading, a quote or a table cell.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(List<ReviewReport> reports, List<ReviewFailure> failures) {
    StringBuilder out = new StringBuilder();
    if (!failures.isEmpty()) {
      out.append("# Could not be reviewed\n\n");
      for (ReviewFailure failure : failures) {
        out.append("- ")
            .append(code(failure.getFile()))
            .append(": ")
            .append(escape(failure.getReason()))
            .append('\n');
      }
      out.append('\n');
    }
    if (reports.isEmpty()) {
      out.append("> ").append(ReviewReport.DISCLAIMER).append("\n\n");
    }
    for (ReviewReport report : reports) {
      out.append("# Review of ").append(escape(report.getRecord().getHeadline())).append("\n\n");
      out.append("> ").append(ReviewReport.DISCLAIMER).append("\n\n");
      out.append(
          "| File | Outcomes reviewed | Flagged | No finding | Not reviewed by any built-in rule | Findings"
              + " | Rule set |\n");
      out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      out.append("| ")
          .append(code(ReportParts.file(report)))
          .append(" | ")
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
          .append(escape(report.getRuleSetVersion()))
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
                    ", ", report.getCleanOutcomes().stream().map(MarkdownReport::code).toList()))
            .append("\n\n");
      }
      if (!report.getUnreviewedOutcomes().isEmpty()) {
        out.append("**Not reviewed by any built-in rule** (no subject from the catalogue): ")
            .append(
                String.join(
                    ", ",
                    report.getUnreviewedOutcomes().stream().map(MarkdownReport::code).toList()))
            .append("\n\n");
      }
    }
    out.append(escape(ReportParts.inputCounts(reports, failures))).append('\n');
    return out.toString().stripTrailing() + "\n";
  }

  private static void finding(StringBuilder out, Finding finding) {
    out.append("### ")
        .append(finding.getSeverity())
        .append(" · ")
        .append(escape(finding.getRuleId()))
        .append(" · ")
        .append(escape(finding.getTitle()));
    out.append(ReportParts.marks(finding).replace("[", "(").replace("]", ")"));
    out.append("\n\n");
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      out.append("> ")
          .append(escape(outcome.getText()))
          .append("\n>\n> — line ")
          .append(outcome.getLocation().getLine())
          .append(", outcome ")
          .append(code(outcome.getId()))
          .append("\n\n");
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
            .append(escape(authority.getJurisdiction() + ": " + authority.describe()))
            .append('\n');
      }
      out.append('\n');
    }
    if (!finding.getAuthoritiesNotInForce().isEmpty()) {
      out.append("**Not in force at the meeting.**\n\n");
      for (Authority authority : finding.getAuthoritiesNotInForce()) {
        out.append("- ")
            .append(escape(authority.getJurisdiction() + ": " + authority.describe()))
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
                    .append(" by ")
                    .append(code(rule))
                    .append(".\n\n"));
    finding
        .getSuppressedBy()
        .ifPresent(
            rule ->
                out.append("**Suppressed** by ")
                    .append(code(rule))
                    .append(": ")
                    .append(escape(finding.getSuppressionReason().orElse("")))
                    .append("\n\n"));
    finding.getWaiver().ifPresent(waiver -> out.append(escape(waiver.describe())).append("\n\n"));
    out.append("Fingerprint: `").append(finding.getFingerprint()).append("`\n\n");
  }

  /**
   * Text as it reads: on one line (a line break could start a heading or end a quote), with every
   * character Markdown or HTML could read as markup escaped, so statement text shows as written.
   */
  static String escape(String text) {
    String line = ControlCharacters.inline(text);
    StringBuilder escaped = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      if ("\\`*_[]<>#|&!~".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * An id or file name in a code span. Backslashes do not escape inside a code span, so a value a
   * backtick could close, or a pipe could split in a table, is written as escaped text instead.
   */
  static String code(String value) {
    String line = ControlCharacters.inline(value);
    if (line.isBlank() || line.indexOf('`') >= 0 || line.indexOf('|') >= 0) {
      return escape(line);
    }
    return "`" + line + "`";
  }
}
