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
import io.github.cbcf.rules.FindingWaiver;
import io.github.cbcf.rules.Fingerprints;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SARIF 2.1.0, in the form GitHub code scanning accepts: every rule with a short and full
 * description and help (text and Markdown); every result with its rule, level, a location on the
 * file that was reviewed (the record, or the statement's text file) with the line where known, and
 * the finding's fingerprint in {@code partialFingerprints}. Waived and suppressed findings carry a
 * {@code suppressions} entry with the justification; after a baseline, {@code baselineState} says
 * which findings are new.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  /** The base of relative URIs: the folder cbcf ran in, as code-scanning tools name it. */
  static final String SOURCE_ROOT = "%SRCROOT%";

  static String render(
      List<ReviewReport> reports, List<ReviewFailure> failures, List<RuleDescription> rules) {
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
      node.set("help", help(nodes, rule));
      node.putObject("defaultConfiguration").put("level", level(rule.getSeverity()));
      ObjectNode properties = node.putObject("properties");
      properties.put("concern", rule.getConcern());
      properties.put("severity", rule.getSeverity().name());
      ArrayNode authorities = properties.putArray("authorities");
      for (Authority authority : rule.getAuthorities()) {
        authorities.add(authority.getJurisdiction() + ": " + authority.describe());
      }
    }
    invocation(run.putArray("invocations").addObject(), failures);
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    for (int index = 0; index < reports.size(); index++) {
      ReviewReport item = reports.get(index);
      String uri = uri(item);
      ObjectNode artifact = artifacts.addObject();
      artifactLocation(artifact.putObject("location"), uri);
      artifact.put("mimeType", mimeType(uri));
      artifact
          .putObject("description")
          .put(
              "text",
              "Record "
                  + item.getRecordId()
                  + " (reviewed from "
                  + ReportParts.file(item)
                  + "): "
                  + item.getRecord().getSourceTitle());
      if (item.getRecord().getFile().isEmpty()) {
        // No file to point at: the source text travels with the log, and results point into it.
        artifact.putObject("contents").put("text", item.getRecord().getSourceText());
      }
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
    properties.put("inputs", reports.size() + failures.size());
    properties.put("reviewed", reports.size());
    properties.put("couldNotBeReviewed", failures.size());
    return ControlCharacters.jsonSafe(RecordWriter.write(root, RecordFormat.JSON));
  }

  /**
   * The run's invocation: successful only when every input was reviewed; each input that was not is
   * an error notification naming the file and why.
   */
  private static void invocation(ObjectNode invocation, List<ReviewFailure> failures) {
    invocation.put("executionSuccessful", failures.isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (ReviewFailure failure : failures) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", "error");
      notification.putObject("message").put("text", ReportParts.failure(failure));
      artifactLocation(
          notification
              .putArray("locations")
              .addObject()
              .putObject("physicalLocation")
              .putObject("artifactLocation"),
          uri(failure.getFile()));
      ObjectNode properties = notification.putObject("properties");
      properties.put("file", failure.getFile());
      failure.getRuleName().ifPresent(rule -> properties.put("rule", rule));
      failure.getOutcomeId().ifPresent(outcome -> properties.put("outcome", outcome));
    }
  }

  /** Sets a location's {@code uri}, and its {@code uriBaseId} when the URI is relative. */
  private static void artifactLocation(ObjectNode location, String uri) {
    location.put("uri", uri);
    if (!uri.startsWith("file:")) {
      location.put("uriBaseId", SOURCE_ROOT);
    }
  }

  /**
   * A file's path as an RFC 3986 URI: percent-encoded UTF-8, with {@code /} separators; an absolute
   * path becomes a {@code file:} URI, a relative one a relative reference (whose first segment may
   * not hold a colon, so colons are encoded).
   */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    boolean drive = slashed.matches("[A-Za-z]:/.*");
    if (slashed.startsWith("/") || drive) {
      return "file://" + (drive ? "/" : "") + encode(slashed, true);
    }
    return encode(slashed, false);
  }

  private static String encode(String path, boolean colonAllowed) {
    StringBuilder uri = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~/!$&'()*+,;=@".indexOf(c) >= 0
              || (c == ':' && colonAllowed);
      if (unreserved) {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        uri.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return uri.toString();
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
            finding.getTitle()
                + ": \""
                + finding.getOutcomes().get(0).getText()
                + "\" "
                + finding.getRationale()
                + " "
                + finding.partiesNote());
    ArrayNode locations = result.putArray("locations");
    String text = item.getRecord().getSourceText();
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      ObjectNode location = locations.addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifactLocation(artifact, uri);
      artifact.put("index", artifactIndex);
      ObjectNode region = region(nodes, item, text, outcome);
      if (region != null) {
        physical.set("region", region);
      }
      location
          .putArray("logicalLocations")
          .addObject()
          .put("fullyQualifiedName", item.getRecordId() + "/outcomes/" + outcome.getId())
          .put("kind", "outcome");
    }
    result.putObject("partialFingerprints").put(Fingerprints.SARIF_KEY, finding.getFingerprint());
    if (finding.getStatus() == FindingStatus.SUPPRESSED) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put(
          "justification",
          finding.getSuppressedBy().orElse("") + ": " + finding.getSuppressionReason().orElse(""));
    } else if (finding.getStatus() == FindingStatus.WAIVED) {
      FindingWaiver waiver = finding.getWaiver().orElseThrow();
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "external");
      suppression.put("status", "accepted");
      suppression.put("justification", waiver.describe());
      suppression
          .putObject("properties")
          .put("approvedBy", waiver.getApprovedBy())
          .put("expires", waiver.getExpires().toString())
          .put("source", waiver.getSource());
    }
    finding
        .getNewSinceBaseline()
        .ifPresent(fresh -> result.put("baselineState", fresh ? "new" : "unchanged"));
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
    finding
        .getWaiver()
        .filter(FindingWaiver::isExpired)
        .ifPresent(waiver -> properties.put("expiredWaiver", waiver.describe()));
    return result;
  }

  /**
   * Where an outcome stands in the file reviewed: its line in a record file; its lines and columns
   * in a plain-text statement, or in the source text carried in the log when there is no file; null
   * when the place is not known.
   */
  private static ObjectNode region(
      JsonNodeFactory nodes, ReviewReport item, String text, FlaggedOutcome outcome) {
    String file = item.getRecord().getFile().orElse("");
    if (file.isEmpty() || file.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      return region(nodes, text, outcome.getLocation());
    }
    Integer line = item.getRecord().getFileLines().get(outcome.getId());
    return line == null ? null : nodes.objectNode().put("startLine", line);
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

  /** A rule's help, in text and Markdown: what it looks for, why, and what to check. */
  private static ObjectNode help(JsonNodeFactory nodes, RuleDescription rule) {
    StringBuilder text = new StringBuilder();
    StringBuilder markdown = new StringBuilder();
    text.append(rule.getTitle()).append(". ").append(rule.getRationale());
    markdown
        .append("**")
        .append(MarkdownReport.escape(rule.getTitle()))
        .append("** (")
        .append(rule.getSeverity())
        .append(", concern `")
        .append(rule.getConcern())
        .append("`)\n\n")
        .append(MarkdownReport.escape(rule.getRationale()));
    if (!rule.getAuthorities().isEmpty()) {
      text.append(" Authorities to check:");
      markdown.append("\n\nAuthorities to check:\n");
      for (Authority authority : rule.getAuthorities()) {
        String line = authority.getJurisdiction() + ": " + authority.describe();
        text.append(' ').append(line).append(';');
        markdown.append("\n- ").append(MarkdownReport.escape(line));
      }
      text.setLength(text.length() - 1);
      text.append('.');
    }
    text.append(' ').append(ReviewReport.DISCLAIMER);
    markdown.append("\n\n_").append(ReviewReport.DISCLAIMER).append("_");
    ObjectNode help = nodes.objectNode();
    help.put("text", text.toString());
    help.put("markdown", markdown.toString());
    return help;
  }

  private static int column(String text, int offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
  }

  /**
   * The file reviewed, as a URI reference: a relative path stays relative (code scanning resolves
   * it against the repository), with forward slashes and no leading {@code ./}; a record read from
   * no file is named by its id.
   */
  static String uri(ReviewReport item) {
    Optional<String> file = item.getRecord().getFile();
    if (file.isEmpty()) {
      return uri(item.getRecordId() + ".source.txt");
    }
    Path path = Path.of(file.get());
    return uri(path.isAbsolute() ? file.get() : path.normalize().toString());
  }

  private static String mimeType(String uri) {
    String name = uri.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return "application/yaml";
    } else if (name.endsWith(".json")) {
      return "application/json";
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    } else if (name.endsWith(".pdf")) {
      return "application/pdf";
    } else if (name.endsWith(".md")) {
      return "text/markdown";
    }
    return "text/plain";
  }

  static String level(Severity severity) {
    return switch (severity) {
      case HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }
}
