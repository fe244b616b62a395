package io.github.cbcf.reports;

import io.github.cbcf.rules.PersonalData;
import io.github.cbcf.rules.ReviewFailure;
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
  TEXT("cbcf-report.txt"),
  /** For programs: the documented, versioned {@code cbcf-report} JSON format. */
  JSON("cbcf-report.json"),
  /** For issues and wikis. */
  MARKDOWN("cbcf-report.md"),
  /**
   * A single page a reviewer can read and print: the statement with flagged sentences highlighted.
   */
  HTML("cbcf-report.html"),
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF("cbcf-report.sarif"),
  /** JUnit XML, for CI servers: a test case per outcome, a failure per raised finding. */
  JUNIT("cbcf-report.xml"),
  /**
   * JSON Lines for batches: one line per record, each the record's entry of the JSON format with
   * its format name ({@code cbcf-report-line}), version and disclaimer; written as each record is
   * reviewed ({@link #renderRecord}), so a batch of any size needs no more memory than one record.
   */
  JSONL("cbcf-report.jsonl");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /**
   * @return whether this format is written record by record, as each record is reviewed
   */
  public boolean streams() {
    return this == JSONL;
  }

  /**
   * Renders an input that could not be reviewed, for formats that {@link #streams()}: a line of its
   * own ({@code cbcf-report-failure}), so that a stream says it is incomplete where it is.
   *
   * @param failure the input and why
   * @return its line, ending with a newline
   * @throws UnsupportedOperationException for a format that needs every report at once
   */
  public String renderFailure(ReviewFailure failure) {
    if (!streams()) {
      throw new UnsupportedOperationException(this + " needs every report at once: use render");
    }
    return JsonReport.failureLine(failure);
  }

  /**
   * Renders one record's report, for formats that {@link #streams()}.
   *
   * @param report the report
   * @param options whether to show personal data (withheld unless asked)
   * @return its part of the report, ending with a newline
   * @throws UnsupportedOperationException for a format that needs every report at once
   */
  public String renderRecord(ReviewReport report, ReportOptions options) {
    if (!streams()) {
      throw new UnsupportedOperationException(this + " needs every report at once: use render");
    }
    return JsonReport.line(
        options.isIncludePersonalData() ? report : PersonalData.withheld(List.of(report)).get(0));
  }

  /**
   * @return the name of the file this format is written to when several are written into one
   *     folder, for example {@code cbcf-report.sarif}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Renders reports in this format, without colour and with personal data withheld.
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
    return render(reports, List.of(), rules, ReportOptions.defaults().colour(colour));
  }

  /**
   * Renders reports in this format.
   *
   * @param reports the reports, in the order to show them
   * @param rules every rule the reviewer knew, for formats that describe them ({@code
   *     Reviewer.getRules()})
   * @param options colour, and whether to show personal data (withheld unless asked)
   * @return the report, ending with a newline
   */
  public String render(
      List<ReviewReport> reports, List<RuleDescription> rules, ReportOptions options) {
    return render(reports, List.of(), rules, options);
  }

  /**
   * Renders the reports of a run in which some inputs could not be reviewed, with personal data
   * withheld.
   *
   * @param reports the reports, in the order to show them
   * @param failures the inputs that could not be reviewed, in the order to show them
   * @param rules every rule the reviewer knew ({@code Reviewer.getRules()})
   * @param colour whether to colour text for a terminal (text format only)
   * @return the report, ending with a newline
   */
  public String render(
      List<ReviewReport> reports,
      List<ReviewFailure> failures,
      List<RuleDescription> rules,
      boolean colour) {
    return render(reports, failures, rules, ReportOptions.defaults().colour(colour));
  }

  /**
   * Renders the reports of a run in which some inputs could not be reviewed: every format says
   * which and why, and counts inputs as reviewed plus could not be reviewed, so that the report
   * never looks complete when it is not.
   *
   * @param reports the reports, in the order to show them
   * @param failures the inputs that could not be reviewed, in the order to show them
   * @param rules every rule the reviewer knew, for formats that describe them ({@code
   *     Reviewer.getRules()})
   * @param options colour, and whether to show personal data (withheld unless asked)
   * @return the report, ending with a newline
   */
  public String render(
      List<ReviewReport> reports,
      List<ReviewFailure> failures,
      List<RuleDescription> rules,
      ReportOptions options) {
    if (!options.isIncludePersonalData()) {
      reports = PersonalData.withheld(reports);
    }
    boolean colour = options.isColour();
    return switch (this) {
      case TEXT -> new TextReport(colour).render(reports, failures);
      case JSON -> JsonReport.render(reports, failures);
      case MARKDOWN -> MarkdownReport.render(reports, failures);
      case HTML -> HtmlReport.render(reports, failures);
      case SARIF -> SarifReport.render(reports, failures, rules);
      case JUNIT -> JUnitXmlReport.render(reports, failures);
      case JSONL ->
          reports.stream().map(JsonReport::line).collect(Collectors.joining())
              + failures.stream().map(JsonReport::failureLine).collect(Collectors.joining());
    };
  }
}
