package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.OutcomeLines;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format, rendered by a library user from the report alone, gives the golden file byte for
 * byte; the command line's own golden test compares its output with the same files.
 */
class GoldenReportsTest {
  /** The record as the command line's golden run names it, relative to a module folder. */
  static final String RECORD = "../cbcf-examples/records/cbcf-2024.yaml";

  /**
   * Set -Dcbcf.updateGolden=true to rewrite the golden files after a deliberate change, then review
   * the diff.
   */
  private static final boolean UPDATE = Boolean.getBoolean("cbcf.updateGolden");

  private static final Reviewer REVIEWER = Reviewer.builtIn();

  static List<ReviewReport> reports() {
    ForumRecord record = RecordReader.create().read(Path.of(RECORD));
    ReviewReport report = REVIEWER.review(record);
    // As the command line names it: the file, and where each outcome is in it.
    return List.of(report.withFile(RECORD, OutcomeLines.of(Path.of(RECORD), report)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "TEXT, cbcf-2024.txt",
    "JSON, cbcf-2024.json",
    "MARKDOWN, cbcf-2024.md",
    "HTML, cbcf-2024.html",
    "SARIF, cbcf-2024.sarif",
    "JUNIT, cbcf-2024.junit.xml",
    "JSONL, cbcf-2024.jsonl"
  })
  void theReportOfThe2024RecordMatchesItsGoldenFile(ReportFormat format, String golden)
      throws IOException {
    String rendered = format.render(reports(), REVIEWER.getRules());

    Path expected = Path.of("src/test/resources/golden", golden);
    if (UPDATE) {
      Files.writeString(expected, rendered, StandardCharsets.UTF_8);
    }
    assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void everyFormatCarriesTheDisclaimerAndEndsWithANewline(ReportFormat format) {
    String rendered = format.render(reports(), REVIEWER.getRules());

    assertThat(rendered).contains("It is not legal advice").endsWith("\n");
  }

  @Test
  void aReportWithoutAFileIsNamedByItsRecord() {
    ForumRecord record = RecordReader.create().read(Path.of(RECORD));
    String text = ReportFormat.TEXT.render(List.of(REVIEWER.review(record)), REVIEWER.getRules());

    assertThat(text).doesNotContain("File: ").contains("(cbcf-2024)");
    assertThat(ReportFormat.SARIF.render(List.of(REVIEWER.review(record)), REVIEWER.getRules()))
        .contains("\"uri\" : \"cbcf-2024.source.txt\"");
  }
}
