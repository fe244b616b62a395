package io.github.cbcf.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordWriter;
import io.github.cbcf.rules.ReviewReport;
import java.util.List;

/**
 * The {@code cbcf-report} JSON format, version 1, documented in {@code docs/report-format.md}: a versioned
 * envelope holding, per record file, the record's identity and its {@link ReviewReport} as the library models it.
 */
final class JsonReport {
  /** Raised when a field is removed or changes meaning; adding a field keeps the version. */
  static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  static String render(List<ReviewedRecord> reviewed) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("format", "cbcf-report");
    root.put("formatVersion", FORMAT_VERSION);
    root.put("disclaimer", ReviewReport.DISCLAIMER);
    ArrayNode records = root.putArray("records");
    for (ReviewedRecord item : reviewed) {
      ObjectNode record = records.addObject();
      record.put("file", item.file());
      record.put("recordId", item.record().getId());
      record.put("forum", item.record().getForum());
      record.put("date", item.record().getDate());
      record.put("place", item.record().getPlace());
      record.set("report", RecordWriter.toTree(item.report()));
    }
    return RecordWriter.write(root, RecordFormat.JSON);
  }
}
