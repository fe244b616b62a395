package io.github.cbcf.cli;

import static io.github.cbcf.cli.ReviewCommandTest.RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When a record cannot be reviewed (a rule throws on it, or it cannot be read), the report says
 * which and why, counts inputs as reviewed plus failed, and the exit code says error (2): never
 * findings (1), never success (0).
 */
class FailedInputsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A rule that throws on one record only, so that the others of a run are reviewed. */
  private static final String THROWING_RULE =
      """
      package test.failing;

      import io.github.cbcf.model.ForumRecord;

      // Intent: fail on purpose on one record, as a broken house rule would.
      rule "Throws on the copy"
        @id("TEST-THROW-001")
        @severity("LOW")
        @rationale("Fails on purpose, so that a test can see what a failing rule does to a run.")
      when
        ForumRecord( id == "cbcf-2024-copy" )
      then
        throw new IllegalStateException("boom on purpose");
      end
      """;

  @TempDir Path folder;

  private Path rules() throws IOException {
    return Files.writeString(folder.resolve("throwing.drl"), THROWING_RULE);
  }

  private Path records() throws IOException {
    Path records = Files.createDirectories(folder.resolve("records"));
    Files.copy(Path.of(RECORD), records.resolve("a-good.yaml"));
    Files.writeString(
        records.resolve("b-copy.yaml"),
        Files.readString(Path.of(RECORD)).replace("id: cbcf-2024", "id: cbcf-2024-copy"));
    Files.writeString(records.resolve("c-broken.yaml"), "id: broken\nforum: [unclosed\n");
    return records;
  }

  @Test
  void aRuleThatThrowsAndAnUnreadableRecordAreNamedInTheReportWithExitTwo() throws IOException {
    Path report = folder.resolve("report.json");
    CliRun run =
        CliRun.of(
            "review",
            "--rules",
            rules().toString(),
            "--format",
            "json",
            "--fail-on",
            "high",
            "-o",
            report.toString(),
            records().toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.get("inputs").asInt()).isEqualTo(3);
    assertThat(json.get("reviewed").asInt()).isEqualTo(json.get("records").size()).isOne();
    assertThat(json.get("inputs").asInt())
        .isEqualTo(json.get("reviewed").asInt() + json.get("failures").size());
    assertThat(json.get("failures").get(0).get("file").asText()).endsWith("b-copy.yaml");
    assertThat(json.get("failures").get(0).get("reason").asText())
        .contains("Throws on the copy")
        .contains("boom on purpose");
    assertThat(json.get("failures").get(0).get("rule").asText()).isEqualTo("Throws on the copy");
    assertThat(json.get("failures").get(1).get("file").asText()).endsWith("c-broken.yaml");
    assertThat(json.get("failures").get(1).get("reason").asText()).contains("not well-formed YAML");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "markdown", "html", "sarif", "junit"})
  void everyFormatOfTheCommandLineNamesTheFailedInput(String format) throws IOException {
    CliRun run =
        CliRun.of(
            "review", "--rules", rules().toString(), "--format", format, records().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).contains("b-copy.yaml").contains("c-broken.yaml");
  }

  @Test
  void aFailureOutranksFindingsInTheExitCode() throws IOException {
    Path records = records();
    Files.delete(records.resolve("c-broken.yaml"));

    CliRun run =
        CliRun.of("review", "--rules", rules().toString(), "--fail-on", "info", records.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out())
        .contains("2 inputs: 1 reviewed, 1 could not be reviewed. This report is incomplete.");
  }

  @Test
  void aRunWhereNothingCouldBeReviewedKeepsTheOldReport() throws IOException {
    Path copy = folder.resolve("copy.yaml");
    Files.writeString(
        copy, Files.readString(Path.of(RECORD)).replace("id: cbcf-2024", "id: cbcf-2024-copy"));
    Path report = Files.writeString(folder.resolve("report.json"), "the old report\n");

    CliRun run =
        CliRun.of(
            "review",
            "--rules",
            rules().toString(),
            "--format",
            "json",
            "-o",
            report.toString(),
            copy.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(report)).isEqualTo("the old report\n");
    assertThat(run.err()).contains("report.json: not written").doesNotContain("\tat ");
  }
}
