package io.github.cbcf.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordWriter;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import java.util.List;

/**
 * The {@code cbcf-report} JSON format, version 1, documented in {@code docs/report-format.md}: a
 * versioned envelope holding, per record file, the record's identity and its {@link ReviewReport}
 * as the library models it.
 */
final class JsonReport {
  /** Raised when a field is removed or changes meaning; adding a field keeps the version. */
  static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  static String render(List<ReviewReport> reports, List<ReviewFailure> failures) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("format", "cbcf-report");
    root.put("formatVersion", FORMAT_VERSION);
    root.put("disclaimer", ReviewReport.DISCLAIMER);
    // inputs = reviewed + failures, always: a reader sees at once whether the report is complete.
    root.put("inputs", reports.size() + failures.size());
    root.put("reviewed", reports.size());
    ArrayNode failed = root.putArray("failures");
    for (ReviewFailure failure : failures) {
      ObjectNode node = failed.addObject();
      node.put("file", failure.getFile());
      node.put("reason", failure.getReason());
      failure.getRuleName().ifPresent(rule -> node.put("rule", rule));
      failure.getOutcomeId().ifPresent(outcome -> node.put("outcome", outcome));
    }
    ArrayNode records = root.putArray("records");
    for (ReviewReport report : reports) {
      fill(records.addObject(), report);
    }
    return ControlCharacters.jsonSafe(RecordWriter.write(root, RecordFormat.JSON));
  }

  /**
   * One JSON Lines line: the record's entry of the JSON format, with the format's name, version and
   * disclaimer, on one line.
   */
  static String line(ReviewReport report) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("format", "cbcf-report-line");
    line.put("formatVersion", FORMAT_VERSION);
    line.put("disclaimer", ReviewReport.DISCLAIMER);
    fill(line, report);
    return ControlCharacters.jsonSafe(RecordWriter.writeLine(line));
  }

  /** One JSON Lines line for an input that could not be reviewed, so a stream never looks whole. */
  static String failureLine(ReviewFailure failure) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("format", "cbcf-report-failure");
    line.put("formatVersion", FORMAT_VERSION);
    line.put("file", failure.getFile());
    line.put("reason", failure.getReason());
    failure.getRuleName().ifPresent(rule -> line.put("rule", rule));
    failure.getOutcomeId().ifPresent(outcome -> line.put("outcome", outcome));
    return ControlCharacters.jsonSafe(RecordWriter.writeLine(line));
  }

  private static void fill(ObjectNode record, ReviewReport report) {
    record.put("file", ReportParts.file(report));
    record.put("recordId", report.getRecordId());
    record.put("forum", report.getRecord().getForum());
    record.put("date", report.getRecord().getDate());
    record.put("place", report.getRecord().getPlace());
    // Written by the model's writer, which decides what is left out, as part of the tree.
    record.putPOJO("report", report);
  }
}
