package io.github.cbcf.reports;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingQualifier;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.SectionHeading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What several formats show the same way, read from the report alone. */
final class ReportParts {
  /** Said of a finding whose rule reports outcomes that only look back one severity lower. */
  static final String LOWERED_AS_RETROSPECTIVE =
      "Lowered one severity: every outcome it rests on only looks back"
          + " (the rule's @retrospective(\"lower\")).";

  private ReportParts() {}

  /** The findings grouped by the section of their first outcome, in the record's section order. */
  static Map<SectionHeading, List<Finding>> findingsBySection(ReviewReport report) {
    Map<String, SectionHeading> byId = new LinkedHashMap<>();
    Map<SectionHeading, List<Finding>> grouped = new LinkedHashMap<>();
    report
        .getRecord()
        .getSections()
        .forEach(
            section -> {
              byId.put(section.getId(), section);
              grouped.put(section, new ArrayList<>());
            });
    for (Finding finding : report.getFindings()) {
      SectionHeading section =
          byId.computeIfAbsent(
              finding.getSection(), id -> SectionHeading.of(id, finding.getSectionTitle()));
      grouped.computeIfAbsent(section, s -> new ArrayList<>()).add(finding);
    }
    grouped.values().removeIf(List::isEmpty);
    return grouped;
  }

  /**
   * The marks after a finding's title: suppressed, waived, expired waiver, new since the baseline;
   * each in square brackets, or empty.
   */
  static String marks(Finding finding) {
    StringBuilder marks = new StringBuilder();
    switch (finding.getStatus()) {
      case SUPPRESSED -> marks.append(" [suppressed]");
      case WAIVED -> marks.append(" [waived]");
      case RAISED -> {
        if (finding.getWaiver().isPresent()) {
          marks.append(" [waiver expired]");
        }
      }
    }
    if (finding.getNewSinceBaseline().orElse(false)) {
      marks.append(" [new]");
    }
    return marks.toString();
  }

  /**
   * What waivers and a baseline did to a report, in one sentence, or empty when neither was used.
   */
  static String workflow(ReviewReport report) {
    List<String> parts = new ArrayList<>();
    long waived =
        report.getFindings().stream()
            .filter(f -> f.getStatus() == io.github.cbcf.rules.FindingStatus.WAIVED)
            .count();
    long expired =
        report.getFindings().stream()
            .filter(f -> f.getWaiver().map(w -> w.isExpired()).orElse(false))
            .count();
    if (waived > 0 || expired > 0) {
      parts.add(
          waived + " waived" + (expired > 0 ? ", " + expired + " with an expired waiver" : ""));
    }
    if (report.getFindings().stream().anyMatch(f -> f.getNewSinceBaseline().isPresent())) {
      long fresh =
          report.getFindings().stream().filter(f -> f.getNewSinceBaseline().orElse(false)).count();
      parts.add(
          fresh + " new since the baseline, " + (report.getFindings().size() - fresh) + " in it");
    }
    return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
  }

  /** The file the record was read from or, for a record that was not, its id. */
  static String file(ReviewReport report) {
    return report.getRecord().getFile().orElse(report.getRecordId());
  }

  static String qualifier(FindingQualifier qualifier) {
    return "\""
        + qualifier.getText()
        + "\" ("
        + qualifier.getScope().name().toLowerCase(Locale.ROOT)
        + (qualifier.isUnverified()
            ? "; unverified safeguard: no location in the source, so it lowered nothing"
            : "")
        + ")";
  }

  /**
   * Why an imported outcome was tagged as it was, one line per value: what it was given, from which
   * words, by which lexicon entry. Empty for an outcome a person encoded.
   */
  static java.util.List<String> evidence(io.github.cbcf.rules.FlaggedOutcome outcome) {
    return outcome.getEvidence().stream()
        .map(
            e ->
                e.getField()
                    + " "
                    + e.getValue()
                    + " from \""
                    + e.getWords()
                    + "\""
                    + e.getLocation().map(l -> " (line " + l.getLine() + ")").orElse("")
                    + ", "
                    + e.getEntry())
        .toList();
  }

  /** The counts that show nothing was dropped: "3 inputs: 2 reviewed, 1 could not be reviewed." */
  static String inputCounts(List<ReviewReport> reports, List<ReviewFailure> failures) {
    int inputs = reports.size() + failures.size();
    return inputs
        + (inputs == 1 ? " input: " : " inputs: ")
        + reports.size()
        + " reviewed, "
        + failures.size()
        + " could not be reviewed."
        + (failures.isEmpty() ? "" : " This report is incomplete.");
  }

  /** A failure as one line: the input and why (the reason names the rule and outcome if known). */
  static String failure(ReviewFailure failure) {
    // A reader's problems already start with the file and the place in it.
    return failure.getReason().startsWith(failure.getFile() + ":")
        ? failure.getReason()
        : failure.getFile() + ": " + failure.getReason();
  }
}
