package io.github.cbcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled-record program prints a readable report: each finding, the counts and the disclaimer. */
class ReviewBundledRecordTest {
  @Test
  void withNoArgumentItReviewsTheBundled2024Record() {
    String report = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[0]));

    assertThat(report).startsWith("Legal review of Cross-Border Crime Forum (third since re-established),"
        + " Washington, D.C., 2024-07\nRecord cbcf-2024; rule set ");
    assertThat(report).contains("""
        1. CBCF-DATA-001  HIGH  Cross-border data flow and personal-data security in one outcome
           Section: Foreign Interference/National Security
           Sentence (fi-data-flow, line 5): "The Ministers agreed on the need to preserve cross-border data
             flow while maintaining sensitive personal data security."
        """);
    assertThat(report).contains("""
           Qualified by: "within each country’s laws" (DOMESTIC_LAW, stated on the outcome)
        """);
    assertThat(report).contains("""
           Authorities a reviewer may check:
             - CA: Criminal Code, ss. 318-320 (hate propaganda)
             - US: First Amendment
        """);
    assertThat(report).contains("   Why: The outcome concerns lawful access to the content of communications.");
    // One numbered entry per finding, the registries finding citing all three of its sentences.
    assertThat(report.lines().filter(l -> l.matches("\\d+\\. CBCF-.*"))).hasSize(17);
    assertThat(report).contains("Sentence (fi-registries-reaffirmed, line 6)", "Sentence (fi-fara-discussed, line 6)",
        "Sentence (fi-c70-highlighted, line 6)");
    assertThat(report).contains("\n17 findings (3 HIGH, 6 MEDIUM, 3 LOW, 5 INFO) on 15 of 25 outcomes;"
        + " 10 outcomes raised none.\n\n");
    assertThat(report).endsWith("""
        This report flags items that may require review by a qualified lawyer. It is not legal advice, and
        an item without a finding has not been cleared.
        """);
    assertThat(report.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void aPathArgumentReviewsThatRecordInstead(@TempDir Path folder) throws IOException {
    Path copy = folder.resolve("copy.yaml");
    Files.writeString(copy, Files.readString(Path.of("records/cbcf-2024.yaml"), StandardCharsets.UTF_8)
        .replace("id: cbcf-2024", "id: cbcf-2024-copy"), StandardCharsets.UTF_8);

    String report = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[] {copy.toString()}));

    assertThat(report).contains("Record cbcf-2024-copy; rule set ");
  }

  @Test
  void anInvalidRecordIsReportedWithLineAndFieldAndAFailingStatus(@TempDir Path folder) throws IOException {
    Path broken = folder.resolve("broken.yaml");
    Files.writeString(broken, "id: x\nforum: f\ndate: 2024-13\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = ReviewBundledRecord.run(new String[] {broken.toString()}, new PrintStream(out, true),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(broken + ": ").contains("missing field 'place'");
  }

  @Test
  void theOutputIsTheSameOnEveryRun() {
    String first = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[0]));
    String second = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[0]));

    assertThat(second).isEqualTo(first);
  }
}
