package io.github.cbcf.rules.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.model.io.RecordWriter;
import io.github.cbcf.rules.Baseline;
import io.github.cbcf.rules.BaselineException;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ReviewReport report;

  @BeforeAll
  static void review() {
    report =
        Reviewer.builtIn()
            .review(RecordReader.create().read(Path.of("../cbcf-examples/records/cbcf-2024.yaml")));
  }

  /** A cbcf-report envelope around the report, as the JSON format writes it. */
  private static String jsonReport(ReviewReport inner) {
    return "{\"format\": \"cbcf-report\", \"formatVersion\": 1, \"records\": [{\"report\": "
        + RecordWriter.write(inner, RecordFormat.JSON)
        + "}]}";
  }

  @Test
  void findingsInTheBaselineAreNotNewAndOthersAre(@TempDir Path dir) throws IOException {
    Finding dropped = report.getFindings().get(0);
    ObjectNode earlier = (ObjectNode) JSON.readTree(jsonReport(report));
    ((ArrayNode) earlier.at("/records/0/report/findings")).remove(0);
    Path file = dir.resolve("earlier.json");
    Files.writeString(file, JSON.writeValueAsString(earlier), StandardCharsets.UTF_8);

    Baseline baseline = Baseline.read(file);
    ReviewReport marked = baseline.mark(report);

    assertThat(baseline.size()).isEqualTo(report.getFindings().size() - 1);
    assertThat(marked.getFindings())
        .filteredOn(f -> f.getNewSinceBaseline().orElseThrow())
        .extracting(Finding::getFingerprint)
        .containsExactly(dropped.getFingerprint());
    assertThat(report.getFindings()).allMatch(f -> f.getNewSinceBaseline().isEmpty());
  }

  @Test
  void theFingerprintInTheJsonFormIsTheOneTheFindingHas() {
    String json = RecordWriter.write(report, RecordFormat.JSON);

    assertThat(report.getFindings())
        .allSatisfy(
            f -> assertThat(json).contains("\"fingerprint\" : \"" + f.getFingerprint() + "\""));
  }

  @Test
  void aFileThatIsNotJsonGetsOneLineWithItsPlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"cbcf-report\",\n  \"records\": [}\n");

    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(BaselineException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).startsWith(file + ":2:").doesNotContain("\n");
              assertThat(((BaselineException) e).getProblems()).hasSize(1);
            });
  }

  @Test
  void aJsonFileThatIsNotAReportIsRefusedWithWhatToGive(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"runs\": []}");

    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("not a cbcf JSON report")
        .hasMessageContaining("--format json");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void aFindingWithoutAFingerprintGetsTheOneItsRuleAndSentencesGive(@TempDir Path dir)
      throws IOException {
    Finding finding = report.getFindings().get(0);
    ObjectNode tree = (ObjectNode) JSON.readTree(jsonReport(report));
    tree.at("/records/0/report/findings").forEach(f -> ((ObjectNode) f).remove("fingerprint"));
    String old = JSON.writeValueAsString(tree);
    Path file = dir.resolve("old.json");
    Files.writeString(file, old, StandardCharsets.UTF_8);

    assertThat(old).doesNotContain("fingerprint");
    assertThat(Baseline.read(file).contains(finding.getFingerprint())).isTrue();
    assertThat(List.of(finding.getFingerprint())).allMatch(f -> f.length() == 16);
  }
}
