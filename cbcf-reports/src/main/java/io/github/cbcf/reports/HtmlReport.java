package io.github.cbcf.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.SectionHeading;
import io.github.cbcf.rules.Severity;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A single-file HTML page a reviewer can read and print: each statement with its flagged sentences
 * highlighted, the findings beside it. Rendered from a Mustache template, which escapes every value
 * it inserts for HTML and shows control characters and bidirectional overrides as escapes.
 */
final class HtmlReport {
  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("io/github/cbcf/reports") {
        @Override
        public void encode(String value, Writer writer) {
          super.encode(ControlCharacters.escape(value.replace("\r\n", "\n")), writer);
        }
      }.compile("report.html.mustache");

  private HtmlReport() {}

  record Page(
      String disclaimer,
      String counts,
      boolean incomplete,
      List<FailureView> failures,
      List<RecordView> records) {}

  record FailureView(String file, String reason) {}

  record RecordView(
      String title,
      String file,
      String sourceTitle,
      String provenance,
      int reviewed,
      int flagged,
      int clean,
      int findingCount,
      String ruleSetVersion,
      List<Segment> statement,
      List<SectionView> sections,
      String cleanOutcomes,
      int unreviewed,
      String unreviewedOutcomes,
      String workflow,
      int personalDataWithheld) {
    /**
     * @return whether to say that personal data was withheld
     */
    public boolean withheld() {
      return personalDataWithheld > 0;
    }
  }

  record Segment(
      String text, boolean flagged, String anchor, String severity, String firstFinding) {}

  record SectionView(String title, List<FindingView> findings) {}

  record FindingView(
      String anchor,
      String severity,
      String severityClass,
      String ruleId,
      String title,
      boolean suppressed,
      List<OutcomeView> outcomes,
      String rationale,
      List<String> authorities,
      List<String> notInForce,
      String parties,
      String qualifiers,
      String escalation,
      String suppression,
      boolean waived,
      boolean isNew,
      String waiver,
      String fingerprint) {
    /**
     * @return whether to show the list of authorities
     */
    public boolean hasAuthorities() {
      return !authorities.isEmpty();
    }

    /**
     * @return whether to show the authorities not in force at the meeting
     */
    public boolean hasNotInForce() {
      return !notInForce.isEmpty();
    }
  }

  record OutcomeView(
      String anchor,
      String id,
      int line,
      String text,
      List<String> evidence,
      boolean hasEvidence) {}

  static String render(List<ReviewReport> reports, List<ReviewFailure> failures) {
    List<RecordView> records = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      records.add(view(reports.get(i), "r" + i));
    }
    StringWriter out = new StringWriter();
    TEMPLATE.execute(
        out,
        new Page(
            ReviewReport.DISCLAIMER,
            ReportParts.inputCounts(reports, failures),
            !failures.isEmpty(),
            failures.stream().map(f -> new FailureView(f.getFile(), f.getReason())).toList(),
            records));
    return out.toString();
  }

  private static RecordView view(ReviewReport report, String prefix) {
    Map<Finding, String> anchors = new HashMap<>();
    for (int i = 0; i < report.getFindings().size(); i++) {
      anchors.put(report.getFindings().get(i), prefix + "-f" + i);
    }
    List<SectionView> sections = new ArrayList<>();
    for (Map.Entry<SectionHeading, List<Finding>> section :
        ReportParts.findingsBySection(report).entrySet()) {
      sections.add(
          new SectionView(
              section.getKey().getTitle(),
              section.getValue().stream().map(f -> finding(f, anchors.get(f), prefix)).toList()));
    }
    return new RecordView(
        report.getRecord().getHeadline(),
        ReportParts.file(report),
        report.getRecord().getSourceTitle(),
        report.getRecord().getSourceProvenance().orElse(""),
        report.getOutcomesReviewed(),
        report.getFlaggedOutcomes().size(),
        report.getCleanOutcomes().size(),
        report.getFindings().size(),
        report.getRuleSetVersion(),
        statement(report, anchors, prefix),
        sections,
        String.join(", ", report.getCleanOutcomes()),
        report.getUnreviewedOutcomes().size(),
        String.join(", ", report.getUnreviewedOutcomes()),
        ReportParts.workflow(report),
        report.getRecord().getPersonalDataWithheld());
  }

  /**
   * Cuts the source text into plain and flagged pieces, one flagged piece per outcome with a
   * finding.
   */
  private static List<Segment> statement(
      ReviewReport report, Map<Finding, String> anchors, String prefix) {
    String text = report.getRecord().getSourceText();
    List<FlaggedOutcome> flagged =
        report.getRecord().getOutcomes().stream()
            .filter(o -> report.getFlaggedOutcomes().contains(o.getId()))
            .sorted(
                Comparator.comparingInt((FlaggedOutcome o) -> o.getLocation().getStart())
                    .thenComparing(FlaggedOutcome::getId))
            .toList();
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (FlaggedOutcome outcome : flagged) {
      int start = outcome.getLocation().getStart();
      if (start < at) {
        continue; // overlaps a sentence already highlighted
      }
      if (start > at) {
        segments.add(new Segment(text.substring(at, start), false, "", "", ""));
      }
      List<Finding> on =
          report.getFindings().stream().filter(f -> f.isOn(outcome.getId())).toList();
      Severity worst =
          on.stream()
              .filter(f -> f.getStatus() == FindingStatus.RAISED)
              .map(Finding::getSeverity)
              .min(Comparator.naturalOrder())
              .orElse(Severity.INFO);
      segments.add(
          new Segment(
              text.substring(start, outcome.getLocation().getEnd()),
              true,
              prefix + "-o-" + outcome.getId(),
              worst.name().toLowerCase(Locale.ROOT),
              anchors.get(on.get(0))));
      at = outcome.getLocation().getEnd();
    }
    if (at < text.length()) {
      segments.add(new Segment(text.substring(at), false, "", "", ""));
    }
    return segments;
  }

  private static FindingView finding(Finding finding, String anchor, String prefix) {
    List<OutcomeView> outcomes = new ArrayList<>();
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      outcomes.add(
          new OutcomeView(
              prefix + "-o-" + outcome.getId(),
              outcome.getId(),
              outcome.getLocation().getLine(),
              outcome.getText(),
              ReportParts.evidence(outcome),
              !outcome.getEvidence().isEmpty()));
    }
    return new FindingView(
        anchor,
        finding.getSeverity().name(),
        finding.getSeverity().name().toLowerCase(Locale.ROOT),
        finding.getRuleId(),
        finding.getTitle(),
        finding.getStatus() == FindingStatus.SUPPRESSED,
        outcomes,
        finding.getRationale(),
        finding.getAuthorities().stream()
            .map(a -> a.getJurisdiction() + ": " + a.describe())
            .toList(),
        finding.getAuthoritiesNotInForce().stream()
            .map(a -> a.getJurisdiction() + ": " + a.describe())
            .toList(),
        finding.partiesNote(),
        String.join("; ", finding.getQualifiers().stream().map(ReportParts::qualifier).toList()),
        finding
            .getEscalatedBy()
            .map(rule -> "Escalated from " + finding.getDeclaredSeverity() + " by " + rule)
            .orElse(finding.isLoweredAsRetrospective() ? ReportParts.LOWERED_AS_RETROSPECTIVE : ""),
        finding
            .getSuppressedBy()
            .map(rule -> "Suppressed by " + rule + ": " + finding.getSuppressionReason().orElse(""))
            .orElse(""),
        finding.getStatus() == FindingStatus.WAIVED,
        finding.getNewSinceBaseline().orElse(false),
        finding.getWaiver().map(w -> w.describe()).orElse(""),
        finding.getFingerprint());
  }
}
