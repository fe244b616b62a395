package io.github.cbcf.cli.report;

import io.github.cbcf.rules.RuleDescription;
import java.util.List;

/** The formats of a review report. */
public enum ReportFormat {
  /** For a terminal: grouped by section, each finding with its sentence, reason and authorities. */
  TEXT,
  /** For programs: the documented, versioned {@code cbcf-report} JSON format. */
  JSON,
  /** For issues and wikis. */
  MARKDOWN,
  /** A single page a reviewer can read and print: the statement with flagged sentences highlighted. */
  HTML,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF;

  /**
   * Renders reviewed records in this format.
   *
   * @param reviewed the records and their reports, in the order to show them
   * @param rules every rule the reviewer knew, for formats that describe them
   * @param colour whether to colour text for a terminal (text format only)
   * @return the report, ending with a newline
   */
  public String render(List<ReviewedRecord> reviewed, List<RuleDescription> rules, boolean colour) {
    switch (this) {
      case TEXT:
        return new TextReport(colour).render(reviewed);
      case JSON:
        return JsonReport.render(reviewed);
      case MARKDOWN:
        return MarkdownReport.render(reviewed);
      case HTML:
        return HtmlReport.render(reviewed);
      case SARIF:
        return SarifReport.render(reviewed, rules);
      default:
        throw new IllegalStateException("no renderer for " + this);
    }
  }
}
