package io.github.cbcf.reports;

import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import java.util.List;

/**
 * JUnit XML, the test-report format CI servers read: a test suite per record, a test case per
 * outcome (in source order), and a failure per raised finding on that outcome, so that a CI page
 * lists what may require review the way it lists failing tests. Suppressed findings are not
 * failures; they are listed in the case's output, with the rule and reason that suppressed them. An
 * input that could not be reviewed is a suite of one test case in error, so that CI shows it
 * broken.
 */
final class JUnitXmlReport {
  private JUnitXmlReport() {}

  static String render(List<ReviewReport> reports, List<ReviewFailure> failures) {
    int tests = 0;
    int failed = 0;
    StringBuilder suites = new StringBuilder();
    for (ReviewReport report : reports) {
      int suiteFailures = 0;
      StringBuilder cases = new StringBuilder();
      for (FlaggedOutcome outcome : report.getRecord().getOutcomes()) {
        List<Finding> on =
            report.getFindings().stream().filter(f -> f.isOn(outcome.getId())).toList();
        List<Finding> raised =
            on.stream().filter(f -> f.getStatus() == FindingStatus.RAISED).toList();
        suiteFailures += raised.size();
        testCase(
            cases, report, outcome, raised, on.stream().filter(f -> !raised.contains(f)).toList());
      }
      tests += report.getRecord().getOutcomes().size();
      failed += suiteFailures;
      suites
          .append("  <testsuite name=\"")
          .append(attribute(ReportParts.file(report)))
          .append("\" tests=\"")
          .append(report.getRecord().getOutcomes().size())
          .append("\" failures=\"")
          .append(suiteFailures)
          .append("\" errors=\"0\" skipped=\"0\">\n");
      suites.append("    <properties>\n");
      property(suites, "recordId", report.getRecordId());
      property(suites, "record", report.getRecord().getHeadline());
      property(suites, "ruleSetVersion", report.getRuleSetVersion());
      property(suites, "disclaimer", ReviewReport.DISCLAIMER);
      suites.append("    </properties>\n").append(cases).append("  </testsuite>\n");
    }
    for (ReviewFailure failure : failures) {
      tests++;
      suites
          .append("  <testsuite name=\"")
          .append(attribute(failure.getFile()))
          .append("\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
          .append("    <properties>\n");
      property(suites, "disclaimer", ReviewReport.DISCLAIMER);
      suites
          .append("    </properties>\n")
          .append("    <testcase classname=\"cbcf.input\" name=\"")
          .append(attribute(failure.getFile()))
          .append("\">\n")
          .append("      <error type=\"could-not-be-reviewed\" message=\"")
          .append(attribute(failure.getReason()))
          .append("\">")
          .append(text(ReportParts.failure(failure)))
          .append("</error>\n")
          .append("    </testcase>\n")
          .append("  </testsuite>\n");
    }
    return ControlCharacters.xmlSafe(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"cbcf review\" tests=\""
            + tests
            + "\" failures=\""
            + failed
            + "\" errors=\""
            + failures.size()
            + "\">\n"
            + suites
            + "</testsuites>\n");
  }

  private static void testCase(
      StringBuilder out,
      ReviewReport report,
      FlaggedOutcome outcome,
      List<Finding> raised,
      List<Finding> suppressed) {
    out.append("    <testcase classname=\"")
        .append(attribute(report.getRecordId() + "." + outcome.getSection()))
        .append("\" name=\"")
        .append(attribute(outcome.getId()))
        .append('"');
    if (raised.isEmpty() && suppressed.isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append(">\n");
    for (Finding finding : raised) {
      out.append("      <failure type=\"")
          .append(finding.getSeverity())
          .append("\" message=\"")
          .append(
              attribute(
                  finding.getSeverity() + " " + finding.getRuleId() + " " + finding.getTitle()))
          .append("\">")
          .append(text(details(finding, outcome)))
          .append("</failure>\n");
    }
    if (!suppressed.isEmpty()) {
      StringBuilder output = new StringBuilder();
      for (Finding finding : suppressed) {
        if (finding.getStatus() == FindingStatus.WAIVED) {
          output
              .append("Waived: ")
              .append(finding.getSeverity())
              .append(' ')
              .append(finding.getRuleId())
              .append(' ')
              .append(finding.getTitle())
              .append(". ")
              .append(finding.getWaiver().map(w -> w.describe()).orElse(""))
              .append('\n');
          continue;
        }
        output
            .append("Suppressed: ")
            .append(finding.getSeverity())
            .append(' ')
            .append(finding.getRuleId())
            .append(' ')
            .append(finding.getTitle())
            .append(", by ")
            .append(finding.getSuppressedBy().orElse(""))
            .append(": ")
            .append(finding.getSuppressionReason().orElse(""))
            .append('\n');
      }
      out.append("      <system-out>").append(text(output.toString())).append("</system-out>\n");
    }
    out.append("    </testcase>\n");
  }

  private static String details(Finding finding, FlaggedOutcome outcome) {
    StringBuilder details = new StringBuilder();
    details
        .append("line ")
        .append(outcome.getLocation().getLine())
        .append(": \"")
        .append(outcome.getText())
        .append("\"\n");
    ReportParts.evidence(outcome).forEach(e -> details.append("Tagged: ").append(e).append('\n'));
    details.append("Why: ").append(finding.getRationale()).append('\n');
    for (Authority authority : finding.getAuthorities()) {
      details
          .append("Check: ")
          .append(authority.getJurisdiction())
          .append(": ")
          .append(authority.getCitation())
          .append('\n');
    }
    finding
        .getEscalatedBy()
        .ifPresent(
            rule ->
                details
                    .append("Escalated from ")
                    .append(finding.getDeclaredSeverity())
                    .append(" by ")
                    .append(rule)
                    .append('\n'));
    finding.getWaiver().ifPresent(w -> details.append(w.describe()).append('\n'));
    if (finding.getNewSinceBaseline().orElse(false)) {
      details.append("New since the baseline.\n");
    }
    details.append("Fingerprint: ").append(finding.getFingerprint()).append('\n');
    return details.toString();
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("      <property name=\"")
        .append(attribute(name))
        .append("\" value=\"")
        .append(attribute(value))
        .append("\"/>\n");
  }

  /** Escapes text content; characters XML 1.0 cannot hold at all become U+FFFD. */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                // A raw carriage return would move a terminal's cursor; the reference means the
                // same.
                case '\r' -> escaped.append("&#13;");
                default -> escaped.appendCodePoint(allowed(c) ? c : 0xFFFD);
              }
            });
    return escaped.toString();
  }

  /**
   * Escapes an attribute value, keeping line breaks as character references so parsers do not fold
   * them.
   */
  static String attribute(String value) {
    return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
  }

  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }
}
