package io.github.cbcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.Baseline;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.WaiverResult;
import io.github.cbcf.rules.Waivers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workflow of the README, as a library user runs it: waivers, a baseline, SARIF. */
class ReviewWorkflowExampleTest {
  @Test
  void waiversAndABaselineFromTheLibrary(@TempDir Path dir) throws IOException {
    ForumRecord record =
        RecordReader.create().read(Path.of("../cbcf-examples/records/cbcf-2024.yaml"));
    ReviewReport first = Reviewer.builtIn().review(record);
    Path records = Files.createDirectories(dir.resolve("records"));
    Files.writeString(
        records.resolve("cbcf-waivers.yaml"),
        "waivers:\n  - fingerprint: "
            + first.getFindings().get(0).getFingerprint()
            + "\n    reason: Counsel reviewed it.\n    approvedBy: A. Counsel\n"
            + "    expires: 2099-12-31\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("baseline.json"),
        ReportFormat.JSON.render(List.of(first), List.of()),
        StandardCharsets.UTF_8);
    Path folder = dir;

    // README:workflow:start
    Reviewer reviewer = Reviewer.builtIn();
    ReviewReport report = reviewer.review(record).withFile("records/cbcf-2024.yaml");
    WaiverResult waived =
        Waivers.read(folder.resolve("records/cbcf-waivers.yaml"))
            .apply(List.of(report), LocalDate.now());
    waived.getWarnings().forEach(w -> System.err.println("warning: " + w)); // expired, stale
    List<ReviewReport> marked =
        Baseline.read(folder.resolve("baseline.json")).mark(waived.getReports());
    String sarif = ReportFormat.SARIF.render(marked, reviewer.getRules());
    // README:workflow:end

    assertThat(marked.get(0).getFindings().get(0).getStatus()).isEqualTo(FindingStatus.WAIVED);
    assertThat(marked.get(0).getFindings()).allMatch(f -> !f.getNewSinceBaseline().orElseThrow());
    assertThat(sarif).contains("\"baselineState\" : \"unchanged\"", "\"justification\"");
    assertThat(waived.getWarnings()).isEmpty();
  }

  @Test
  void theTopLevelReadmeShowsTheSnippetAsThisTestWritesIt() throws IOException {
    String code =
        Files.readString(
            Path.of("src/test/java/io/github/cbcf/examples/ReviewWorkflowExampleTest.java"),
            StandardCharsets.UTF_8);
    String start = "    // README:workflow:start\n";
    String marked =
        code.substring(
                code.indexOf(start) + start.length(), code.indexOf("    // README:workflow:end"))
            .stripTrailing()
            .stripIndent();

    assertThat(marked).contains("Waivers.read");
    assertThat(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8)).contains(marked);
  }
}
