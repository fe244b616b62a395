package io.github.cbcf.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check's steps, without Maven: which files, which findings fail, which report files. */
class CheckStepsTest {
  private static final Path SEED_RECORD = Path.of("../cbcf-examples/records/cbcf-2024.yaml");
  private static final List<ReviewReport> SEED =
      List.of(Reviewer.builtIn().review(RecordReader.create().read(SEED_RECORD)));

  @Test
  void failOnCountsRaisedFindingsAtOrAboveTheSeverity() {
    long high =
        SEED.get(0).getFindings().stream().filter(f -> f.getSeverity() == Severity.HIGH).count();
    long atLeastMedium =
        SEED.get(0).getFindings().stream()
            .filter(f -> f.getSeverity().isAtLeast(Severity.MEDIUM))
            .count();

    assertThat(high).isPositive();
    assertThat(FailureThreshold.parse("high").failing(SEED)).hasSize((int) high);
    assertThat(FailureThreshold.parse("MEDIUM").failing(SEED)).hasSize((int) atLeastMedium);
    assertThat(FailureThreshold.parse("none").failing(SEED)).isEmpty();
  }

  @Test
  void unknownSeverityNamesTheAllowedOnes() {
    IllegalArgumentException failure =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> FailureThreshold.parse("CRITICAL"));

    assertThat(failure)
        .hasMessage("failOn: unknown severity 'CRITICAL'; use HIGH, MEDIUM, LOW, INFO or NONE");
  }

  @Test
  void formatsAreReadInOrderAndUnknownOnesNamed() {
    assertThat(ReportFiles.parse(" html, sarif,json "))
        .containsExactly(ReportFormat.HTML, ReportFormat.SARIF, ReportFormat.JSON);
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> ReportFiles.parse("html,pdf")))
        .hasMessageStartingWith("formats: unknown report format 'pdf'");
  }

  @Test
  void reportsAreWrittenOnePerFormatWithNoPartialFileLeft(@TempDir Path folder) throws Exception {
    List<Path> written =
        ReportFiles.write(
            Set.of(ReportFormat.JUNIT), SEED, Reviewer.builtIn().getRules(), folder.resolve("out"));

    assertThat(written).containsExactly(folder.resolve("out/cbcf-report.xml"));
    try (var files = Files.list(folder.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cbcf-report.xml");
    }
  }

  @Test
  void reviewFolderTakesRecordsAndStatementsButNotWaiversOrTheConfig(@TempDir Path folder)
      throws Exception {
    for (String name :
        List.of(
            "a.yaml", "b.json", "c.txt", "d.pdf", "cbcf-waivers.yaml", "config.yaml", "e.drl")) {
      Files.writeString(folder.resolve(name), "");
    }

    List<Path> inputs =
        ReviewInputs.in(folder, Set.of(folder.resolve("config.yaml").toAbsolutePath().normalize()));

    assertThat(inputs)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.yaml", "b.json", "c.txt", "d.pdf");
  }

  @Test
  void summaryCountsFilesOutcomesAndFindingsBySeverity() {
    String summary = CheckMojo.summary(SEED, Path.of("target/cbcf"));

    assertThat(summary)
        .startsWith("cbcf: 1 file, " + SEED.get(0).getOutcomesReviewed() + " outcomes reviewed, ")
        .containsPattern("\\d+ findings \\(\\d+ HIGH, \\d+ MEDIUM")
        .endsWith("; reports in target" + java.io.File.separator + "cbcf");
  }
}
