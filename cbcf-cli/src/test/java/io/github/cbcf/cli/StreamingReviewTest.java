package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.model.io.RecordWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cbcf review --format jsonl} and JSON Lines input: one record at a time, in and out. */
class StreamingReviewTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String recordLine(String id) throws IOException {
    ForumRecord record =
        new ForumRecord.Builder()
            .from(RecordReader.create().read(Path.of(ReviewCommandTest.RECORD)))
            .id(id)
            .build();
    return JSON.readTree(RecordWriter.write(record, RecordFormat.JSON)).toString();
  }

  @Test
  void jsonLinesInputGivesOneOutputLinePerRecordAndNamesTheBrokenLine(@TempDir Path folder)
      throws IOException {
    Path batch =
        Files.write(
            folder.resolve("batch.jsonl"),
            List.of(recordLine("first"), "", "{\"id\": 3}", recordLine("second")),
            StandardCharsets.UTF_8);

    CliRun run = CliRun.of("review", "--format", "jsonl", batch.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    List<String> all = run.out().lines().toList();
    assertThat(all).hasSize(3);
    // The broken line is in the stream too, where it stood, so the stream never looks whole.
    JsonNode failure = JSON.readTree(all.get(1));
    assertThat(failure.get("format").asText()).isEqualTo("cbcf-report-failure");
    assertThat(failure.get("file").asText()).endsWith("batch.jsonl:3");
    List<String> lines = List.of(all.get(0), all.get(2));
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      assertThat(node.get("format").asText()).isEqualTo("cbcf-report-line");
      assertThat(node.get("disclaimer").asText()).contains("It is not legal advice");
      assertThat(node.get("report").get("findings").size()).isPositive();
      ids.add(node.get("recordId").asText());
    }
    assertThat(ids).containsExactly("first", "second");
    assertThat(lines.get(1)).contains("batch.jsonl:4");
    assertThat(run.err()).contains("batch.jsonl:3").doesNotContain("Exception");
  }

  @Test
  void jsonLinesOutputHoldsTheRecordsOfTheJsonReport(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("a.json"), recordLine("a"), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("b.json"), recordLine("b"), StandardCharsets.UTF_8);

    CliRun lines = CliRun.of("review", "--format", "jsonl", folder.toString());
    CliRun whole = CliRun.of("review", "--format", "json", folder.toString());

    assertThat(lines.exitCode()).as(lines.err()).isZero();
    JsonNode records = JSON.readTree(whole.out()).get("records");
    List<String> out = lines.out().lines().toList();
    assertThat(out).hasSize(records.size()).hasSize(2);
    for (int i = 0; i < out.size(); i++) {
      JsonNode line = JSON.readTree(out.get(i));
      for (String field : List.of("file", "recordId", "forum", "date", "place", "report")) {
        assertThat(line.get(field)).as(field).isEqualTo(records.get(i).get(field));
      }
    }
  }

  @Test
  void failOnCountsFindingsOfStreamedRecords(@TempDir Path folder) throws IOException {
    Path batch =
        Files.write(
            folder.resolve("batch.jsonl"), List.of(recordLine("one")), StandardCharsets.UTF_8);
    Path out = folder.resolve("out.jsonl");

    CliRun run =
        CliRun.of(
            "review",
            "--format",
            "jsonl",
            "--fail-on",
            "high",
            "-o",
            out.toString(),
            batch.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(Files.readAllLines(out)).hasSize(1);
  }
}
