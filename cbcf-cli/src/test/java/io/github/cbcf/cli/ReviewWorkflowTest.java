package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cbcf review} with waivers, a baseline, and several formats in one run. */
class ReviewWorkflowTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RECORD = Path.of(ReviewCommandTest.RECORD);

  /** The record copied into a folder of its own, where a waiver file can sit beside it. */
  private static Path recordIn(Path dir) throws IOException {
    Path copy = dir.resolve("cbcf-2024.yaml");
    Files.copy(RECORD, copy);
    return copy;
  }

  private static List<JsonNode> findings(String jsonReport) throws IOException {
    List<JsonNode> findings = new ArrayList<>();
    JSON.readTree(jsonReport).at("/records/0/report/findings").forEach(findings::add);
    return findings;
  }

  /** A waiver for each finding at or above MEDIUM, so that --fail-on MEDIUM passes. */
  private static String waiversFor(List<JsonNode> findings, String expires) {
    StringBuilder yaml = new StringBuilder("waivers:\n");
    for (JsonNode finding : findings) {
      if (List.of("HIGH", "MEDIUM").contains(finding.path("severity").asText())) {
        yaml.append("  - fingerprint: ")
            .append(finding.path("fingerprint").asText())
            .append("\n    reason: Reviewed by counsel in the 2024 review.\n")
            .append("    approvedBy: A. Counsel\n    expires: ")
            .append(expires)
            .append('\n');
      }
    }
    return yaml.toString();
  }

  @Test
  void waiversNextToTheRecordAreFoundAndWaivedFindingsDoNotFail(@TempDir Path dir)
      throws IOException {
    Path record = recordIn(dir);
    CliRun plain =
        CliRun.of("review", "--format", "json", "--fail-on", "MEDIUM", record.toString());
    assertThat(plain.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    Files.writeString(
        dir.resolve("cbcf-waivers.yaml"), waiversFor(findings(plain.out()), "2099-12-31"));

    CliRun waived =
        CliRun.of("review", "--fail-on", "MEDIUM", "--color", "never", record.toString());

    assertThat(waived.exitCode()).as(waived.err()).isEqualTo(ExitCodes.OK);
    assertThat(waived.err()).doesNotContain("warning");
    assertThat(waived.out()).contains("[waived]", "Waived until 2099-12-31 by A. Counsel");
    // Still reported: as many findings as before.
    assertThat(waived.out().split("Fingerprint: ", -1)).hasSize(findings(plain.out()).size() + 1);
  }

  @Test
  void anExpiredWaiverWarnsAndFailsAgain(@TempDir Path dir) throws IOException {
    Path record = recordIn(dir);
    List<JsonNode> findings =
        findings(CliRun.of("review", "--format", "json", record.toString()).out());
    Path waivers = dir.resolve("elsewhere.yaml");
    Files.writeString(waivers, waiversFor(findings, "2020-01-31"));

    CliRun run =
        CliRun.of(
            "review", "--waivers", waivers.toString(), "--fail-on", "MEDIUM", record.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.err()).contains("warning: " + waivers + ":2: ", "expired on 2020-01-31");
    assertThat(run.out()).contains("[waiver expired]").doesNotContain("[waived]");
  }

  @Test
  void aBrokenWaiverFileStopsTheReviewWithOneLinePerProblem(@TempDir Path dir) throws IOException {
    Path record = recordIn(dir);
    Files.writeString(
        dir.resolve("cbcf-waivers.yaml"),
        "waivers:\n  - fingerprint: 0123456789abcdef\n    approvedBy: A. Counsel\n"
            + "    expires: 2027-13-01\n");

    CliRun run = CliRun.of("review", record.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .isNotEmpty()
        .allMatch(l -> l.startsWith(dir.resolve("cbcf-waivers.yaml") + ":"));
    assertThat(run.err()).contains("reason", "YYYY-MM-DD");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void withABaselineOnlyNewFindingsFailAndReportsSaySo(@TempDir Path dir) throws IOException {
    Path record = recordIn(dir);
    String json = CliRun.of("review", "--format", "json", record.toString()).out();
    ObjectNode earlier = (ObjectNode) JSON.readTree(json);
    ArrayNode earlierFindings = (ArrayNode) earlier.at("/records/0/report/findings");
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, json);

    CliRun same =
        CliRun.of(
            "review", "--baseline", baseline.toString(), "--fail-on", "INFO", record.toString());
    assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCodes.OK);
    assertThat(same.out()).doesNotContain("[new]").contains("0 new since the baseline");

    JsonNode dropped = earlierFindings.remove(0);
    Files.writeString(baseline, JSON.writeValueAsString(earlier));
    CliRun one =
        CliRun.of(
            "review",
            "--baseline",
            baseline.toString(),
            "--fail-on",
            "INFO",
            "--format",
            "json",
            record.toString());
    assertThat(one.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    List<JsonNode> marked = findings(one.out());
    assertThat(marked)
        .filteredOn(f -> f.path("new").asBoolean())
        .hasSize(1)
        .allMatch(f -> f.path("fingerprint").equals(dropped.path("fingerprint")));
    assertThat(marked).allMatch(f -> f.has("new"));

    String html =
        CliRun.of(
                "review", "--baseline", baseline.toString(), "--format", "html", record.toString())
            .out();
    assertThat(html).containsOnlyOnce("<span class=\"new\">new</span>");
  }

  @Test
  void aBadBaselineIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "{\"format\": \"cbcf-report\", \"records\": [\n");

    CliRun run = CliRun.of("review", "--baseline", baseline.toString(), RECORD.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith(baseline + ":").contains("not JSON"));
  }

  @Test
  void severalFormatsInOneRunWriteOneFileEachIntoTheFolder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("reports");

    CliRun run =
        CliRun.of(
            "review",
            "--format",
            "html,sarif,json,junit,markdown,text",
            "-o",
            out.toString(),
            RECORD.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "cbcf-report.html",
              "cbcf-report.sarif",
              "cbcf-report.json",
              "cbcf-report.xml",
              "cbcf-report.md",
              "cbcf-report.txt");
    }
    // Each file is what the single-format run prints.
    for (String[] pair :
        new String[][] {
          {"sarif", "cbcf-report.sarif"}, {"json", "cbcf-report.json"}, {"text", "cbcf-report.txt"}
        }) {
      assertThat(Files.readString(out.resolve(pair[1]), StandardCharsets.UTF_8))
          .isEqualTo(
              CliRun.of("review", "--format", pair[0], "--color", "never", RECORD.toString())
                  .out());
    }
  }

  @Test
  void severalFormatsWithoutAFolderAreRefused() {
    CliRun run = CliRun.of("review", "--format", "html,sarif", RECORD.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("-o FOLDER");
  }

  @Test
  void personalDataIsShownOnlyWhenAsked() {
    String withheld = CliRun.of("review", "--format", "html", RECORD.toString()).out();
    String shown =
        CliRun.of("review", "--format", "html", "--include-personal-data", RECORD.toString()).out();

    assertThat(withheld).doesNotContain("Chantalle.Aubertin@justice.gc.ca", "343-574-8116");
    assertThat(shown).contains("Chantalle.Aubertin@justice.gc.ca", "343-574-8116");
  }

  @Test
  void sarifOfAnImportedStatementPointsAtTheLinesOfItsTextFile() throws IOException {
    Path statement = Path.of("../cbcf-examples/statements/cbcf-2024.txt");
    List<String> lines = Files.readAllLines(statement, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("review", "--format", "sarif", statement.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode results = JSON.readTree(run.out()).at("/runs/0/results");
    assertThat(results.size()).isPositive();
    for (JsonNode result : results) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asText())
          .isEqualTo("../cbcf-examples/statements/cbcf-2024.txt");
      int line = location.at("/region/startLine").asInt();
      int column = location.at("/region/startColumn").asInt();
      int length = location.at("/region/charLength").asInt();
      String sentence = result.at("/message/text").asText().replaceAll("^[^\"]*\"|\".*$", "");
      // The region is the flagged sentence, at its line and column in the file.
      assertThat(lines.get(line - 1).substring(column - 1)).startsWith(sentence);
      assertThat(sentence).hasSize(length);
      assertThat(result.at("/partialFingerprints").size()).isOne();
    }
  }
}
