package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewCommandTest {
  static final String RECORD = "../cbcf-examples/records/cbcf-2024.yaml";

  /**
   * Set -Dcbcf.updateGolden=true to rewrite the golden files after a deliberate change, then review
   * the diff.
   */
  private static final boolean UPDATE = Boolean.getBoolean("cbcf.updateGolden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text, cbcf-2024.txt",
    "json, cbcf-2024.json",
    "markdown, cbcf-2024.md",
    "html, cbcf-2024.html",
    "sarif, cbcf-2024.sarif",
    "junit, cbcf-2024.junit.xml",
    "jsonl, cbcf-2024.jsonl"
  })
  void reportOf2024RecordMatchesGoldenFile(String format, String golden) throws IOException {
    CliRun run = CliRun.of("review", "--format", format, "--color", "never", RECORD);

    assertThat(run.exitCode()).as(run.err()).isZero();
    // The golden files live with the renderers, whose own test renders them from the library.
    Path expected = Path.of("../cbcf-reports/src/test/resources/golden", golden);
    if (UPDATE) {
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void everyFormatCarriesTheDisclaimer() {
    for (String format :
        new String[] {"text", "json", "markdown", "html", "sarif", "junit", "jsonl"}) {
      assertThat(CliRun.of("review", "--format", format, RECORD).out())
          .as(format)
          .contains("It is not legal advice");
    }
  }

  @Test
  void failOnSetsTheExitCodeByThreshold() {
    // The 2024 record has HIGH findings, so any threshold is reached; none is reached without
    // --fail-on.
    assertThat(CliRun.of("review", RECORD).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(CliRun.of("review", "--fail-on", "high", RECORD).exitCode())
        .isEqualTo(ExitCodes.FINDINGS);
    assertThat(CliRun.of("review", "--fail-on", "INFO", RECORD).exitCode())
        .isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void failOnIgnoresFindingsBelowTheThreshold(@TempDir Path folder) throws IOException {
    // Switching off every rule above LOW leaves nothing at or above MEDIUM.
    Path config =
        Files.writeString(
            folder.resolve("review.yaml"),
            "disableRules: [CBCF-INFO-001, CBCF-INFO-002,"
                + " CBCF-INST-001, CBCF-DATA-001, CBCF-DATA-002, CBCF-ACCESS-001, CBCF-CSAM-001, CBCF-REG-001,"
                + " CBCF-SMUG-001, CBCF-HATE-001]\n");
    CliRun run = CliRun.of("review", "--config", config.toString(), "--fail-on", "medium", RECORD);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("CBCF-SEC-001").doesNotContain("CBCF-DATA-001");
  }

  @Test
  void outputOptionWritesTheReportToAFile(@TempDir Path folder) throws IOException {
    Path report = folder.resolve("report.md");
    CliRun run = CliRun.of("review", "--format", "markdown", "-o", report.toString(), RECORD);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).startsWith("# Review of Cross-Border Crime Forum");
  }

  @Test
  void oneBrokenFileInAFolderIsReportedWithoutStoppingTheOthers(@TempDir Path folder)
      throws IOException {
    Files.copy(Path.of(RECORD), folder.resolve("a-good.yaml"));
    Files.writeString(folder.resolve("b-broken.yaml"), "id: broken\nforum: [unclosed\n");
    Files.writeString(
        folder.resolve("c-good.yaml"),
        Files.readString(Path.of(RECORD)).replace("id: cbcf-2024", "id: cbcf-2024-copy"));

    CliRun run = CliRun.of("review", "--format", "json", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("b-broken.yaml:")
        .contains("not well-formed YAML")
        .doesNotContain("Exception");
    assertThat(run.err().lines()).allMatch(line -> line.contains("b-broken.yaml"));
    assertThat(run.out())
        .contains("\"recordId\" : \"cbcf-2024\"")
        .contains("\"recordId\" : \"cbcf-2024-copy\"");
  }

  @Test
  void invalidRecordGivesOneLinePerProblemAndNoStackTrace(@TempDir Path folder) throws IOException {
    Path record =
        Files.writeString(
            folder.resolve("bad.yaml"),
            Files.readString(Path.of(RECORD)).replace("kind: AGREED", "kind: AGRED"));

    CliRun run = CliRun.of("review", record.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("bad.yaml:")
        .contains("did you mean AGREED?")
        .doesNotContain("\tat ");
    assertThat(CliRun.of("review", "--verbose", record.toString()).err())
        .contains("did you mean AGREED?");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(CliRun.of("review").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    CliRun badFormat = CliRun.of("review", "--format", "pdf", RECORD);
    assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badFormat.err())
        .contains("pdf")
        .contains("text, json, markdown, html, sarif".toUpperCase());
    assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(CliRun.of("review", "--fail-on", "urgent", RECORD).exitCode())
        .isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void missingFileIsBadInput() {
    CliRun run = CliRun.of("review", "no-such-record.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("no-such-record.yaml: no such file");
  }

  @Test
  void brokenRuleFileIsReportedWithFileAndLine(@TempDir Path folder) throws IOException {
    Path rules =
        Files.writeString(
            folder.resolve("house.drl"), "package x;\nrule \"r\" when then end end\n");

    CliRun run = CliRun.of("review", "--rules", rules.toString(), RECORD);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("house.drl:2");
  }
}
