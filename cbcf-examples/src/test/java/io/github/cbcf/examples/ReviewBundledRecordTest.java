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

/**
 * The bundled-record program prints a readable report: each finding, the counts and the disclaimer.
 */
class ReviewBundledRecordTest {
  @Test
  void withNoArgumentItReviewsTheBundled2024Record() {
    String report = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[0]));

    assertThat(report)
        .startsWith(
            "Cross-Border Crime Forum, Washington, D.C., 2024-07 (cbcf-2024)\n"
                + "File: records/cbcf-2024.yaml\n");
    assertThat(report)
        .contains(
            "25 outcomes reviewed: 15 flagged, 10 with no finding, 0 not reviewed by any built-in"
                + " rule. 17 findings (rule set ");
    assertThat(report)
        .contains(
            """
        HIGH    CBCF-DATA-001  Cross-border data flow and personal-data security in one outcome
          line 5, outcome fi-data-flow:
            "The Ministers agreed on the need to preserve cross-border data flow while maintaining sensitive \
        personal data security."
        """);
    assertThat(report)
        .contains(
            """
            - CA: Criminal Code, ss. 318-320 (hate propaganda)
        """);
    assertThat(report)
        .contains("  Why: The outcome concerns lawful access to the content of communications.");
    // The same text the command line prints: the library's renderer, not one of the example's own.
    assertThat(report.lines().filter(l -> l.matches("(HIGH|MEDIUM|LOW|INFO) +CBCF-.*")))
        .hasSize(17);
    assertThat(report)
        .contains(
            "line 6, outcome fi-registries-reaffirmed",
            "line 6, outcome fi-fara-discussed",
            "line 6, outcome fi-c70-highlighted");
    assertThat(report)
        .endsWith(
            "This report flags items that may require review by a qualified lawyer. It is not"
                + " legal advice, and an item without a finding has not been cleared.\n");
  }

  @Test
  void aPathArgumentReviewsThatRecordInstead(@TempDir Path folder) throws IOException {
    Path copy = folder.resolve("copy.yaml");
    Files.writeString(
        copy,
        Files.readString(Path.of("records/cbcf-2024.yaml"), StandardCharsets.UTF_8)
            .replace("id: cbcf-2024", "id: cbcf-2024-copy"),
        StandardCharsets.UTF_8);

    String report =
        StandardOutput.capture(() -> ReviewBundledRecord.main(new String[] {copy.toString()}));

    assertThat(report).contains("(cbcf-2024-copy)").contains("File: " + copy);
  }

  @Test
  void anInvalidRecordIsReportedWithLineAndFieldAndAFailingStatus(@TempDir Path folder)
      throws IOException {
    Path broken = folder.resolve("broken.yaml");
    Files.writeString(broken, "id: x\nforum: f\ndate: 2024-13\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        ReviewBundledRecord.run(
            new String[] {broken.toString()},
            new PrintStream(out, true),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith(broken + ": ")
        .contains("missing field 'place'");
  }

  @Test
  void theOutputIsTheSameOnEveryRun() {
    String first = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[0]));
    String second = StandardOutput.capture(() -> ReviewBundledRecord.main(new String[0]));

    assertThat(second).isEqualTo(first);
  }
}
