package io.github.cbcf.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format shows, next to a finding on an imported statement, why the outcome was tagged
 * as it was.
 */
class ImportEvidenceInReportsTest {
  private static final String STATEMENT =
      "Joint Statement\n"
          + "The Ministers of the United States and Canada met in Ottawa.\n"
          + "They committed to maximize information sharing within each country's laws.\n";

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void theWordsAndTheLexiconEntryBehindEachTagStandNextToTheFinding(ReportFormat format)
      throws IOException {
    Path file = Files.writeString(folder.resolve("statement.txt"), STATEMENT);
    Reviewer reviewer = Reviewer.builtIn();
    ReviewReport report =
        reviewer.review(Statements.read(file).getRecord()).withFile(file.toString());
    assertThat(report.getFindings()).extracting(f -> f.getRuleId()).contains("CBCF-INFO-001");

    String rendered = format.render(List.of(report), reviewer.getRules());

    // Markdown escapes the underscore of DOMESTIC_LAW.
    String domesticLaw = format == ReportFormat.MARKDOWN ? "DOMESTIC\\_LAW" : "DOMESTIC_LAW";
    assertThat(rendered)
        .contains("information sharing")
        .contains(domesticLaw)
        .contains("en.lexicon:");
    if (format != ReportFormat.JSON && format != ReportFormat.JSONL) {
      assertThat(rendered)
          .contains("subjects data.information-sharing from")
          .contains("qualifiers " + domesticLaw + " from");
    } else {
      assertThat(rendered).contains("\"evidence\"").contains("\"words\"");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aRecordAPersonEncodedShowsNoTags(ReportFormat format) {
    Reviewer reviewer = Reviewer.builtIn();
    ReviewReport report =
        reviewer.review(
            io.github.cbcf.model.io.RecordReader.create()
                .read(Path.of("records", "cbcf-2024.yaml")));

    assertThat(format.render(List.of(report), reviewer.getRules()))
        .doesNotContain("tagged")
        .doesNotContain(".lexicon:");
  }
}
