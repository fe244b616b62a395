package io.github.cbcf.reports;

import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The formats of a review report, each rendered from {@link ReviewReport}s alone:
 *
 * <pre>{@code
 * List<ReviewReport> reports = List.of(reviewer.review(record).withFile("cbcf-2024.yaml"));
 * String html = ReportFormat.HTML.render(reports, reviewer.getRules());
 * }</pre>
 */
public enum ReportFormat {
  /** For a terminal: grouped by section, each finding with its sentence, reason and authorities. */
  TEXT,
  /** For programs: the documented, versioned {@code cbcf-report} JSON format. */
  JSON,
  /** For issues and wikis. */
  MARKDOWN,
  /**
   * A single page a reviewer can read and print: the statement with flagged sentences highlighted.
   */
  HTML,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF,
  /** JUnit XML, for CI servers: a test case per outcome, a failure per raised finding. */
  JUNIT,
  /**
   * JSON Lines for batches: one line per record, each the record's entry of the JSON format with
   * its format name ({@code cbcf-report-line}), version and disclaimer; written as each record is
   * reviewed ({@link #renderRecord}), so a batch of any size needs no more memory than one record.
   */
  JSONL;

  /**
   * @return whether this format is written record by record, as each record is reviewed
   */
  public boolean streams() {
    return this == JSONL;
  }

  /**
   * Renders one record's report, for formats that {@link #streams()}.
   *
   * @param report the report
   * @return its part of the report, ending with a newline
   * @throws UnsupportedOperationException for a format that needs every report at once
   */
  public String renderRecord(ReviewReport report) {
    if (!streams()) {
      throw new UnsupportedOperationException(this + " needs every report at once: use render");
    }
    return JsonReport.line(report);
  }

  /**
   * Renders reports in this format, without colour.
   *
   * @param reports the reports, in the order to show them
   * @param rules every rule the reviewer knew, for formats that describe them ({@code
   *     Reviewer.getRules()})
   * @return the report, ending with a newline
   */
  public String render(List<ReviewReport> reports, List<RuleDescription> rules) {
    return render(reports, rules, false);
  }

  /**
   * Renders reports in this format.
   *
   * @param reports the reports, in the order to show them
   * @param rules every rule the reviewer knew, for formats that describe them ({@code
   *     Reviewer.getRules()})
   * @param colour whether to colour text for a terminal (text format only)
   * @return the report, ending with a newline
   */
  public String render(List<ReviewReport> reports, List<RuleDescription> rules, boolean colour) {
    return switch (this) {
      case TEXT -> new TextReport(colour).render(reports);
      case JSON -> JsonReport.render(reports);
      case MARKDOWN -> MarkdownReport.render(reports);
      case HTML -> HtmlReport.render(reports);
      case SARIF -> SarifReport.render(reports, rules);
      case JUNIT -> JUnitXmlReport.render(reports);
      case JSONL -> reports.stream().map(JsonReport::line).collect(Collectors.joining());
    };
  }
}
