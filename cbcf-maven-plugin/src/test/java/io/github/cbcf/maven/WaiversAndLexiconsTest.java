package io.github.cbcf.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import io.github.cbcf.lexicon.LexiconException;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import io.github.cbcf.rules.WaiverException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check's waivers (a {@code cbcf-waivers.yaml} beside the reviewed files, or the file named by
 * {@code waivers}) and lexicons (the {@code lexicons} given, and those of the configuration).
 */
class WaiversAndLexiconsTest {
  private static final Path SEED_RECORD = Path.of("../cbcf-examples/records/cbcf-2024.yaml");
  private static final ReviewReport SEED =
      Reviewer.builtIn().review(RecordReader.create().read(SEED_RECORD));
  private static final Path EXAMPLES = Path.of("..", "cbcf-examples", "lexicons");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @TempDir Path folder;

  private static List<Finding> high(ReviewReport report) {
    return report.getFindings().stream()
        .filter(f -> f.getSeverity() == Severity.HIGH)
        .filter(f -> f.getStatus() != FindingStatus.SUPPRESSED)
        .toList();
  }

  /** A waiver by rule and outcome for each finding, in the order given, until {@code expires}. */
  private static String waiverFile(List<Finding> findings, String expires) {
    return findings.stream()
        .map(f -> f.getRuleId() + "|" + f.getOutcomes().get(0).getId())
        .distinct()
        .map(
            pair ->
                "  - rule: "
                    + pair.split("\\|")[0]
                    + "\n    outcome: "
                    + pair.split("\\|")[1]
                    + "\n    reason: Reviewed by counsel for this test.\n"
                    + "    approvedBy: A. Tester, legal\n"
                    + "    expires: "
                    + expires
                    + "\n")
        .collect(Collectors.joining("", "waivers:\n", ""));
  }

  @Test
  void aWaiverFileBesideTheRecordsWaivesItsFindingsAndTheyNoLongerFail() throws Exception {
    assertThat(high(SEED)).isNotEmpty();
    Path waivers =
        Files.writeString(
            folder.resolve("cbcf-waivers.yaml"), waiverFile(high(SEED), "2027-06-30"));

    FolderWaivers.Applied applied =
        FolderWaivers.apply(
            List.of(SEED.withFile("cbcf-2024.yaml")), folder, Optional.empty(), TODAY);

    assertThat(applied.warnings()).isEmpty();
    assertThat(FailureThreshold.parse("HIGH").failing(applied.reports())).isEmpty();
    assertThat(FailureThreshold.parse("HIGH").failing(List.of(SEED))).isNotEmpty();
    List<Finding> waived = high(applied.reports().get(0));
    assertThat(waived).hasSameSizeAs(high(SEED));
    assertThat(waived)
        .allSatisfy(
            f -> {
              assertThat(f.getStatus()).isEqualTo(FindingStatus.WAIVED);
              assertThat(f.getWaiver().orElseThrow().getSource())
                  .startsWith(waivers + ":")
                  .matches(".*:\\d+");
            });
    assertThat(CheckMojo.summary(applied.reports(), Path.of("target/cbcf")))
        .contains(", " + waived.size() + " waived; reports in ");
  }

  @Test
  void anExpiredWaiverCountsAgainAndAStaleOneIsWarnedWithFileAndLine() throws Exception {
    Finding first = high(SEED).get(0);
    Path waivers =
        Files.writeString(
            folder.resolve("cbcf-waivers.yaml"),
            waiverFile(List.of(first), "2020-01-31")
                + "  - rule: CBCF-NONE-999\n    outcome: no-such-outcome\n"
                + "    reason: Matches nothing.\n    approvedBy: A. Tester\n"
                + "    expires: 2030-01-01\n");

    FolderWaivers.Applied applied =
        FolderWaivers.apply(
            List.of(SEED.withFile("cbcf-2024.yaml")), folder, Optional.empty(), TODAY);

    assertThat(FailureThreshold.parse("HIGH").failing(applied.reports()))
        .extracting(Finding::getFingerprint)
        .contains(first.getFingerprint());
    assertThat(applied.warnings())
        .extracting(Problem::toString)
        .satisfiesExactly(
            expired ->
                assertThat(expired)
                    .startsWith(waivers + ":2: ")
                    .contains("expired on 2020-01-31", first.getRuleId()),
            stale -> assertThat(stale).startsWith(waivers + ":7: ").contains("(stale)"));
  }

  @Test
  void aWaiverFileServesItsOwnFolderUnlessOneFileIsGiven() throws Exception {
    Files.createDirectories(folder.resolve("waived"));
    Files.createDirectories(folder.resolve("other"));
    String content = waiverFile(high(SEED), "2027-06-30");
    Files.writeString(folder.resolve("waived/cbcf-waivers.yaml"), content);
    Path given = Files.writeString(folder.resolve("accepted.yaml"), content);
    List<ReviewReport> reports =
        List.of(SEED.withFile("waived/a.yaml"), SEED.withFile("other/b.yaml"));

    List<ReviewReport> besides =
        FolderWaivers.apply(reports, folder, Optional.empty(), TODAY).reports();
    List<ReviewReport> fromGiven =
        FolderWaivers.apply(reports, folder, Optional.of(given), TODAY).reports();

    assertThat(besides)
        .extracting(r -> r.getRecord().getFile().orElseThrow())
        .containsExactly("waived/a.yaml", "other/b.yaml");
    assertThat(FailureThreshold.parse("HIGH").failing(besides.subList(0, 1))).isEmpty();
    assertThat(FailureThreshold.parse("HIGH").failing(besides.subList(1, 2)))
        .hasSameSizeAs(high(SEED));
    assertThat(FailureThreshold.parse("HIGH").failing(fromGiven)).isEmpty();
  }

  @Test
  void aBadWaiverFileFailsTheCheckWithItsFirstProblemOnOneLine() throws Exception {
    Path waivers =
        Files.writeString(
            folder.resolve("cbcf-waivers.yaml"),
            "waivers:\n  - rule: CBCF-AI-001\n    outcome: oc-1\n    reason: Accepted.\n"
                + "    expires: 2027-01-31\n");
    List<String> logged = new ArrayList<>();

    WaiverException bad =
        catchThrowableOfType(
            WaiverException.class,
            () ->
                FolderWaivers.apply(
                    List.of(SEED.withFile("cbcf-2024.yaml")), folder, Optional.empty(), TODAY));
    MojoExecutionException failure = CheckMojo.failure(bad, logged::add);

    assertThat(failure.getMessage())
        .isEqualTo(logged.get(0))
        .startsWith(waivers + ":")
        .contains("approvedBy")
        .doesNotContain("\n");
  }

  @Test
  void aWaiverFileOrLexiconNamedInTheReviewFolderIsNotReviewedAsARecord() throws Exception {
    for (String name : List.of("a.yaml", "accepted.yaml", "house.lexicon", "review.yaml")) {
      Files.writeString(folder.resolve(name), "");
    }

    List<Path> inputs =
        ReviewInputs.in(
            folder,
            CheckMojo.excluded(
                folder.resolve("review.yaml").toFile(),
                folder.resolve("accepted.yaml").toFile(),
                List.of(folder.resolve("house.lexicon").toFile())));

    assertThat(inputs).extracting(p -> p.getFileName().toString()).containsExactly("a.yaml");
  }

  @Test
  void aLexiconGivenToTheCheckLetsAHouseRuleFireOnAStatement() throws Exception {
    Path statement = writeStatement();
    Reviewer reviewer =
        Reviewer.builder().addRules(EXAMPLES.resolve("export-controls.drl")).build();
    Path config =
        Files.writeString(
            folder.resolve("review.yaml"),
            "lexicons: [" + EXAMPLES.resolve("house.lexicon").toAbsolutePath() + "]\n");

    List<String> with =
        houseFindings(
            statement,
            reviewer,
            CheckMojo.statements(Optional.empty(), List.of(EXAMPLES.resolve("house.lexicon"))));
    List<String> fromConfig =
        houseFindings(statement, reviewer, CheckMojo.statements(Optional.of(config), List.of()));
    List<String> without =
        houseFindings(statement, reviewer, CheckMojo.statements(Optional.empty(), List.of()));

    assertThat(with).containsExactly("HOUSE-EXPORT-001");
    assertThat(fromConfig).containsExactly("HOUSE-EXPORT-001");
    assertThat(without).isEmpty();
  }

  @Test
  void aBadLexiconFailsTheCheckWithFileAndLine() throws Exception {
    Path bad =
        Files.writeString(
            folder.resolve("bad.lexicon"),
            "language: en\nsubject data.information-sharin: Typo\n  phrase: pass on tips\n");
    List<String> logged = new ArrayList<>();

    CbcfException problem =
        catchThrowableOfType(
            LexiconException.class, () -> CheckMojo.statements(Optional.empty(), List.of(bad)));
    MojoExecutionException failure = CheckMojo.failure(problem, logged::add);

    assertThat(failure.getMessage())
        .isEqualTo(logged.get(0))
        .startsWith(bad + ":2:9: unknown subject code 'data.information-sharin'")
        .doesNotContain("\n");
  }

  private Path writeStatement() throws Exception {
    // Written for this test: a meeting of no real forum.
    return Files.writeString(
        folder.resolve("dialogue.txt"),
        "Canada and the United States held a trade security dialogue in Ottawa on March 3,"
            + " 2025. The two countries agreed to work together on export controls for"
            + " sensitive technology.\n");
  }

  private List<String> houseFindings(
      Path statement, Reviewer reviewer, io.github.cbcf.text.StatementReader statements) {
    FolderReview.Outcome outcome =
        FolderReview.of(List.of(statement), folder, reviewer, statements, line -> {});
    assertThat(outcome.problems()).isEmpty();
    return outcome.reports().get(0).getFindings().stream()
        .map(Finding::getRuleId)
        .filter(id -> id.startsWith("HOUSE-"))
        .toList();
  }
}
