package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' own lexicons on the command line ({@code --lexicon}) and in a review configuration ({@code
 * lexicons:}), and {@code explain}'s list of what can make a rule fire.
 */
class LexiconOptionsTest {
  private static final Path EXAMPLES = Path.of("..", "cbcf-examples", "lexicons");
  private static final String HOUSE_LEXICON = EXAMPLES.resolve("house.lexicon").toString();
  private static final String HOUSE_RULE = EXAMPLES.resolve("export-controls.drl").toString();

  @TempDir Path dir;
  private Path statement;

  @BeforeEach
  void writeStatement() throws IOException {
    // Written for this test: a meeting of no real forum.
    statement =
        Files.writeString(
            dir.resolve("dialogue.txt"),
            "Canada and the United States held a trade security dialogue in Ottawa on March 3,"
                + " 2025. The two countries agreed to work together on export controls for"
                + " sensitive technology.\n");
  }

  @Test
  void reviewWithALexiconOptionLetsAHouseRuleFireOnAHouseCode() {
    CliRun with =
        CliRun.of(
            "review",
            "--color",
            "never",
            "--lexicon",
            HOUSE_LEXICON,
            "--rules",
            HOUSE_RULE,
            statement.toString());
    CliRun without =
        CliRun.of("review", "--color", "never", "--rules", HOUSE_RULE, statement.toString());

    assertThat(with.exitCode()).as(with.err()).isEqualTo(ExitCodes.OK);
    assertThat(with.out()).contains("HOUSE-EXPORT-001");
    assertThat(without.exitCode()).as(without.err()).isEqualTo(ExitCodes.OK);
    assertThat(without.out()).doesNotContain("HOUSE-EXPORT-001");
  }

  @Test
  void aConfigurationNamesLexiconsRelativeToItself() throws IOException {
    Files.copy(Path.of(HOUSE_LEXICON), dir.resolve("house.lexicon"));
    Files.copy(Path.of(HOUSE_RULE), dir.resolve("export-controls.drl"));
    Path config =
        Files.writeString(
            dir.resolve("review.yaml"),
            "rules: [export-controls.drl]\nlexicons: [house.lexicon]\n");

    CliRun run =
        CliRun.of(
            "review", "--color", "never", "--config", config.toString(), statement.toString());
    CliRun validate = CliRun.of("validate", config.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("HOUSE-EXPORT-001");
    assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCodes.OK);
    assertThat(validate.out()).contains("ok  " + config + ": configuration");
  }

  @Test
  void aBadLexiconIsOneLineWithFileAndLineAndExitTwo() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.lexicon"),
            "language: en\nsubject data.information-sharin: Typo\n  phrase: pass on tips\n");
    Path draft = dir.resolve("draft.yaml");

    CliRun importing =
        CliRun.of(
            "import", "--lexicon", bad.toString(), statement.toString(), "-o", draft.toString());
    CliRun reviewing = CliRun.of("review", "--lexicon", bad.toString(), statement.toString());

    for (CliRun run : new CliRun[] {importing, reviewing}) {
      assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err().lines().toList())
          .singleElement()
          .asString()
          .startsWith(bad + ":2:9: unknown subject code 'data.information-sharin'")
          .contains("did you mean 'data.information-sharing'?");
    }
    assertThat(draft).doesNotExist();
  }

  @Test
  void explainListsWhatCanMakeARuleFireAndTheLexiconEntriesBehindIt() {
    CliRun run = CliRun.of("explain", "CBCF-ELEC-001");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("What can make it fire:")
        .containsPattern("Subjects \\(any of\\): elections\\.interference \\([^)]+\\)")
        .contains("Also: looks ahead (not oriented PAST or BACKGROUND); binds two or more parties")
        .containsPattern("\n    en\\.lexicon:\\d+ [^:]+: \"[^\"]+\"")
        .containsPattern("\n    fr\\.lexicon:\\d+ [^:]+: \"[^\"]+\"");
    String kinds =
        run.out().lines().filter(l -> l.startsWith("  Kinds: ")).findFirst().orElseThrow();
    // isUndertaking(): every kind but the declaratory ones.
    assertThat(kinds)
        .contains("AGREED", "COMMITTED", "PLANNED")
        .doesNotContain("NOTED", "DISCUSSED");
  }

  @Test
  void explainListsTheQualifiersARuleNeedsAndThoseThatStopIt() {
    CliRun run = CliRun.of("explain", "CBCF-INFO-001");

    assertThat(run.out())
        .contains("  Qualifiers needed: DOMESTIC_LAW\n")
        .contains("  Not when qualified by: ")
        .contains("PURPOSE_LIMITATION")
        .contains("  Kinds: any\n")
        .containsPattern("\n  DOMESTIC_LAW\n    en\\.lexicon:\\d+ ");
  }

  @Test
  void explainReadsAHouseRuleAndItsHouseLexicon() {
    CliRun run =
        CliRun.of("explain", "HOUSE-EXPORT-001", "--rules", HOUSE_RULE, "--lexicon", HOUSE_LEXICON);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Subjects (any of): house.export-controls (Export controls)")
        .contains(
            "    "
                + HOUSE_LEXICON
                + ":8 Export controls: \"export controls\", \"dual-use ... exports\" (3 phrases)");
  }
}
