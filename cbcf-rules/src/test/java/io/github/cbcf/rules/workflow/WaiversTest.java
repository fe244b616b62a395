package io.github.cbcf.rules.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.WaiverException;
import io.github.cbcf.rules.WaiverResult;
import io.github.cbcf.rules.Waivers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static ReviewReport report;

  @BeforeAll
  static void review() {
    report =
        Reviewer.builtIn()
            .review(RecordReader.create().read(Path.of("../cbcf-examples/records/cbcf-2024.yaml")));
  }

  private static Finding first() {
    return report.getFindings().get(0);
  }

  private static Path write(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("cbcf-waivers.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aWaiverByFingerprintMarksItsFindingWaivedWithTheReason(@TempDir Path dir)
      throws IOException {
    Path file =
        write(
            dir,
            "waivers:\n"
                + "  - fingerprint: "
                + first().getFingerprint()
                + "\n"
                + "    reason: Counsel reviewed the sharing arrangement.\n"
                + "    approvedBy: A. Counsel\n"
                + "    expires: 2027-06-30\n");

    WaiverResult result = Waivers.read(file).apply(List.of(report), TODAY);

    Finding waived = result.getReports().get(0).getFindings().get(0);
    assertThat(waived.getStatus()).isEqualTo(FindingStatus.WAIVED);
    assertThat(waived.isRaised()).isFalse();
    assertThat(waived.getWaiver().orElseThrow().describe())
        .contains("Counsel reviewed", "A. Counsel", "2027-06-30", file + ":2");
    assertThat(result.getWarnings()).isEmpty();
    // Every other finding is untouched, and none is lost.
    assertThat(result.getReports().get(0).getFindings()).hasSameSizeAs(report.getFindings());
    assertThat(result.getReports().get(0).getFindings().subList(1, report.getFindings().size()))
        .isEqualTo(report.getFindings().subList(1, report.getFindings().size()));
  }

  @Test
  void aWaiverByRuleAndOutcomeWaivesThatPair(@TempDir Path dir) throws IOException {
    Finding target = first();
    Path file =
        write(
            dir,
            "waivers:\n"
                + "  - rule: "
                + target.getRuleId()
                + "\n    outcome: "
                + target.getOutcomes().get(0).getId()
                + "\n    record: cbcf-2024\n"
                + "    reason: Accepted.\n    approvedBy: B. Lawyer\n    expires: 2027-01-01\n");

    WaiverResult result = Waivers.read(file).apply(List.of(report), TODAY);

    assertThat(result.getReports().get(0).getFindings().get(0).getStatus())
        .isEqualTo(FindingStatus.WAIVED);
  }

  @Test
  void anExpiredWaiverIsShownAndWarnedButNoLongerWaives(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "waivers:\n"
                + "  - fingerprint: "
                + first().getFingerprint()
                + "\n    reason: Accepted last year.\n    approvedBy: A. Counsel\n"
                + "    expires: 2026-12-01\n");

    WaiverResult result = Waivers.read(file).apply(List.of(report), TODAY);

    Finding finding = result.getReports().get(0).getFindings().get(0);
    assertThat(finding.getStatus()).isEqualTo(FindingStatus.RAISED);
    assertThat(finding.getWaiver().orElseThrow().isExpired()).isTrue();
    assertThat(result.getWarnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.getLine()).isEqualTo(2);
              assertThat(w.getMessage()).contains("expired on 2026-12-01", "counts again");
            });
    // The last day itself still waives.
    assertThat(
            Waivers.read(file)
                .apply(List.of(report), LocalDate.of(2026, 12, 1))
                .getReports()
                .get(0)
                .getFindings()
                .get(0)
                .getStatus())
        .isEqualTo(FindingStatus.WAIVED);
  }

  @Test
  void aWaiverThatMatchesNothingIsReportedStaleAtItsLine(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "waivers:\n"
                + "  - fingerprint: "
                + first().getFingerprint()
                + "\n    reason: Accepted.\n    approvedBy: A. Counsel\n    expires: 2027-06-30\n"
                + "  - rule: CBCF-NOPE-001\n    outcome: no-such-outcome\n"
                + "    reason: Old.\n    approvedBy: A. Counsel\n    expires: 2027-06-30\n");

    List<Problem> warnings = Waivers.read(file).apply(List.of(report), TODAY).getWarnings();

    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.toString()).startsWith(file + ":6: waivers[1]: ");
              assertThat(w.getMessage()).contains("CBCF-NOPE-001", "stale");
            });
  }

  @Test
  void aBrokenWaiverFileGetsOneLocatedLinePerProblem(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "waivers:\n"
                + "  - fingerprint: 0123456789abcdef\n"
                + "    approvedBy: A. Counsel\n"
                + "    expires: 30/06/2027\n"
                + "    aproved: yes\n");

    assertThatThrownBy(() -> Waivers.read(file))
        .isInstanceOf(WaiverException.class)
        .isInstanceOf(CbcfException.class)
        .satisfies(
            e -> {
              List<String> lines =
                  ((WaiverException) e).getProblems().stream().map(Problem::toString).toList();
              assertThat(lines).allMatch(l -> l.startsWith(file + ":") && !l.contains("\n"));
              assertThat(String.join("\n", lines)).contains("reason", "YYYY-MM-DD", "aproved");
              assertThat(((WaiverException) e).getProblems())
                  .allMatch(p -> p.getLine() >= 2 && p.getLine() <= 5);
            });
  }

  @Test
  void aWaiverMustNameItsFindingOneWayOnly(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "waivers:\n"
                + "  - fingerprint: 0123456789abcdef\n"
                + "    rule: CBCF-AI-001\n"
                + "    outcome: oc-ai-focus\n"
                + "    reason: Both ways.\n    approvedBy: A. Counsel\n    expires: 2027-06-30\n");

    assertThatThrownBy(() -> Waivers.read(file))
        .isInstanceOf(WaiverException.class)
        .hasMessageContaining("either a fingerprint or a rule and an outcome");
  }
}
