package io.github.cbcf.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordWriter;
import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.Severity;
import java.util.List;

/**
 * SARIF 2.1.0, so code-scanning tools can list the findings. Each record's source text is an
 * artifact of the run, its text embedded, and every result points at the flagged sentence's lines
 * and columns in it.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  static String render(List<ReviewReport> reports, List<RuleDescription> rules) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cbcf");
    driver.put("version", reports.isEmpty() ? "unknown" : reports.get(0).getRuleSetVersion());
    ArrayNode ruleNodes = driver.putArray("rules");
    for (RuleDescription rule : rules) {
      ObjectNode node = ruleNodes.addObject();
      node.put("id", rule.getId());
      node.put("name", rule.getTitle());
      node.putObject("shortDescription").put("text", rule.getTitle());
      node.putObject("fullDescription").put("text", rule.getRationale());
      node.putObject("defaultConfiguration").put("level", level(rule.getSeverity()));
      ObjectNode properties = node.putObject("properties");
      properties.put("concern", rule.getConcern());
      properties.put("severity", rule.getSeverity().name());
      ArrayNode authorities = properties.putArray("authorities");
      for (Authority authority : rule.getAuthorities()) {
        authorities.add(authority.getJurisdiction() + ": " + authority.describe());
      }
    }
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    for (int index = 0; index < reports.size(); index++) {
      ReviewReport item = reports.get(index);
      String uri = sourceUri(item);
      ObjectNode artifact = artifacts.addObject();
      artifact.putObject("location").put("uri", uri);
      artifact.put("mimeType", "text/plain");
      artifact
          .putObject("description")
          .put(
              "text",
              "Source text of record "
                  + item.getRecordId()
                  + " (embedded in "
                  + ReportParts.file(item)
                  + "): "
                  + item.getRecord().getSourceTitle());
      artifact.putObject("contents").put("text", item.getRecord().getSourceText());
      // Outcomes no built-in rule could look at are said, not left to look clean.
      ArrayNode unreviewed =
          artifact.putObject("properties").putArray("notReviewedByAnyBuiltInRule");
      item.getUnreviewedOutcomes().forEach(unreviewed::add);
      for (Finding finding : item.getFindings()) {
        results.add(result(nodes, finding, item, uri, index));
      }
    }
    ObjectNode properties = run.putObject("properties");
    properties.put("disclaimer", ReviewReport.DISCLAIMER);
    return RecordWriter.write(root, RecordFormat.JSON);
  }

  private static ObjectNode result(
      JsonNodeFactory nodes, Finding finding, ReviewReport item, String uri, int artifactIndex) {
    ObjectNode result = nodes.objectNode();
    result.put("ruleId", finding.getRuleId());
    result.put("level", level(finding.getSeverity()));
    result
        .putObject("message")
        .put(
            "text",
            finding.getTitle() + ": " + finding.getRationale() + " " + finding.partiesNote());
    ArrayNode locations = result.putArray("locations");
    String text = item.getRecord().getSourceText();
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      ObjectNode location = locations.addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", uri);
      artifact.put("index", artifactIndex);
      physical.set("region", region(nodes, text, outcome.getLocation()));
      location
          .putArray("logicalLocations")
          .addObject()
          .put("fullyQualifiedName", item.getRecordId() + "/outcomes/" + outcome.getId())
          .put("kind", "outcome");
    }
    if (finding.getStatus() == FindingStatus.SUPPRESSED) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put(
          "justification",
          finding.getSuppressedBy().orElse("") + ": " + finding.getSuppressionReason().orElse(""));
    }
    ObjectNode properties = result.putObject("properties");
    properties.put("recordId", finding.getRecordId());
    properties.put("section", finding.getSectionTitle());
    properties.put("severity", finding.getSeverity().name());
    finding.getParties().forEach(properties.withArray("parties")::add);
    finding.getUncoveredParties().forEach(properties.withArray("uncoveredParties")::add);
    // Why an imported outcome was tagged as it was: the words and the lexicon entry behind each
    // value.
    List<String> evidence =
        finding.getOutcomes().stream().flatMap(o -> ReportParts.evidence(o).stream()).toList();
    if (!evidence.isEmpty()) {
      evidence.forEach(properties.withArray("evidence")::add);
    }
    finding.getEscalatedBy().ifPresent(rule -> properties.put("escalatedBy", rule));
    if (finding.isLoweredAsRetrospective()) {
      properties.put("loweredAsRetrospective", true);
    }
    return result;
  }

  /**
   * A SARIF region over the source text: 1-based lines and columns, and the character offset and
   * length.
   */
  static ObjectNode region(JsonNodeFactory nodes, String text, SourceSpan span) {
    ObjectNode region = nodes.objectNode();
    int endOffset = span.getEnd();
    region.put("startLine", span.getLine());
    region.put("startColumn", column(text, span.getStart()));
    region.put(
        "endLine",
        span.getLine()
            + (int)
                text.substring(span.getStart(), endOffset).chars().filter(c -> c == '\n').count());
    region.put("endColumn", column(text, endOffset));
    region.put("charOffset", span.getStart());
    region.put("charLength", span.length());
    return region;
  }

  private static int column(String text, int offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
  }

  private static String sourceUri(ReviewReport item) {
    return ReportParts.file(item).replace('\\', '/') + ".source.txt";
  }

  static String level(Severity severity) {
    return switch (severity) {
      case HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }
}
