package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints survive what re-importing an edited statement changes (offsets, lines, outcome ids,
 * typographic quotes and spacing) and change only for the findings whose sentences were reworded.
 */
class FingerprintStabilityTest {
  private static final Path SEED = Path.of("../cbcf-examples/statements/cbcf-2024.txt");
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  @Test
  void editingOneParagraphKeepsTheFingerprintsOfFindingsElsewhere(@TempDir Path dir)
      throws IOException {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    String reworded = "They also discussed coordinated engagement against elder fraud";
    assertThat(seed).contains(reworded, "longstanding security", "“Statement of Partnership");
    String edited =
        seed
            // Every offset after the first paragraph moves by one character.
            .replace("longstanding security", "long-standing security")
            // Typographic quotes and spacing only: the words stay the same.
            .replace("“Statement of Partnership", "\"Statement  of Partnership")
            // The paragraph whose finding should change.
            .replace(reworded, reworded.replace("coordinated", "joint"));
    Path copy = dir.resolve("cbcf-2024-edited.txt");
    Files.writeString(copy, edited, StandardCharsets.UTF_8);

    ReviewReport before = REVIEWER.review(Statements.read(SEED).getRecord());
    ReviewReport after = REVIEWER.review(Statements.read(copy).getRecord());

    List<Finding> untouched =
        before.getFindings().stream().filter(f -> !restsOn(f, "elder fraud")).toList();
    List<Finding> rewordedFindings =
        before.getFindings().stream().filter(f -> restsOn(f, "elder fraud")).toList();
    Set<String> afterPrints =
        after.getFindings().stream().map(Finding::getFingerprint).collect(Collectors.toSet());
    assertThat(untouched).hasSizeGreaterThan(5);
    assertThat(rewordedFindings)
        .as(
            before.getFindings().stream()
                .map(f -> f.getRuleId() + " " + f.getOutcomes().get(0).getText())
                .toList()
                .toString())
        .isNotEmpty();
    assertThat(untouched)
        .allSatisfy(f -> assertThat(afterPrints).as(f.getRuleId()).contains(f.getFingerprint()));
    assertThat(rewordedFindings)
        .allSatisfy(f -> assertThat(afterPrints).doesNotContain(f.getFingerprint()));
    // The reworded sentence is still flagged, under another fingerprint.
    assertThat(after.getFindings()).anyMatch(f -> restsOn(f, "joint engagement"));
    // The edits did move the findings: the fingerprints do not rest on offsets.
    assertThat(after.getFindings().stream().map(Finding::getStart).toList())
        .isNotEqualTo(before.getFindings().stream().map(Finding::getStart).toList());
  }

  @Test
  void reimportingTheSameStatementGivesTheSameFingerprints() {
    List<String> first = fingerprints(REVIEWER.review(Statements.read(SEED).getRecord()));
    List<String> second = fingerprints(REVIEWER.review(Statements.read(SEED).getRecord()));

    assertThat(first).isNotEmpty().isEqualTo(second);
    assertThat(first).allMatch(f -> f.matches("[0-9a-f]{16}"));
  }

  private static boolean restsOn(Finding finding, String words) {
    return finding.getOutcomes().stream().anyMatch(o -> o.getText().contains(words));
  }

  private static List<String> fingerprints(ReviewReport report) {
    return report.getFindings().stream().map(Finding::getFingerprint).toList();
  }
}
