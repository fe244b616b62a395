package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.Statements;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the command line does to start faster must not change what it does. */
class StartUpTest {
  @Test
  void theWarmUpRecordIsAValidRecordThatARuleFlags() throws Exception {
    ForumRecord record;
    try (InputStream in = WarmUp.class.getResourceAsStream(WarmUp.RECORD)) {
      assertThat(in).as("bundled %s", WarmUp.RECORD).isNotNull();
      record = RecordReader.create().read(in, WarmUp.RECORD, RecordFormat.YAML);
    }

    // Reading it and reviewing it go through every part of a record a review reads.
    assertThat(record.getOutcomes()).hasSize(1);
    assertThat(Reviewer.builder().build().review(record).getFindings()).isNotEmpty();
  }

  @Test
  void theWarmUpRunsOnlyForCommandsThatReviewAndNeverWithVerbose() throws Exception {
    List<Thread> threads = WarmUp.startFor(new String[] {"review", "x.yaml"});
    assertThat(threads).hasSize(2).allMatch(Thread::isDaemon);
    for (Thread thread : threads) {
      thread.join(60_000);
      assertThat(thread.isAlive()).as(thread.getName()).isFalse();
    }

    assertThat(WarmUp.startFor(new String[] {"--help"})).isEmpty();
    assertThat(WarmUp.startFor(new String[] {"validate", "x.yaml"})).isEmpty();
    assertThat(WarmUp.startFor(new String[] {"review", "--verbose", "x.yaml"})).isEmpty();
    assertThat(WarmUp.startFor(new String[0])).isEmpty();
  }

  @Test
  void aStatementOnTheCommandLineIsWhatTheReaderWarmsUpWith(@TempDir Path folder) throws Exception {
    Path statement = Files.writeString(folder.resolve("statement.txt"), "The Ministers met.\n");
    Path record = Files.writeString(folder.resolve("record.yaml"), "id: x\n");
    Path large = folder.resolve("large.html");
    Files.write(large, new byte[(int) WarmUp.LARGEST_STATEMENT_WARMED + 1]);

    assertThat(
            WarmUp.firstStatement(new String[] {"review", record.toString(), statement.toString()}))
        .contains(statement);
    assertThat(
            WarmUp.firstStatement(new String[] {"review", "--format", "json", record.toString()}))
        .isEmpty();
    // Too large to import twice, missing, or a folder: the command alone reads it.
    assertThat(WarmUp.firstStatement(new String[] {"review", large.toString()})).isEmpty();
    assertThat(
            WarmUp.firstStatement(new String[] {"review", folder.resolve("gone.txt").toString()}))
        .isEmpty();
    assertThat(WarmUp.firstStatement(new String[] {"review", "\0.txt"})).isEmpty();
    Path folderNamedLikeAStatement = Files.createDirectory(folder.resolve("folder.md"));
    assertThat(WarmUp.firstStatement(new String[] {"import", folderNamedLikeAStatement.toString()}))
        .isEmpty();

    List<Thread> importing = WarmUp.startFor(new String[] {"import", statement.toString()});
    assertThat(importing).hasSize(1).allMatch(Thread::isDaemon);
    List<Thread> reviewing = WarmUp.startFor(new String[] {"review", statement.toString()});
    assertThat(reviewing).hasSize(2);
    for (Thread thread : concat(importing, reviewing)) {
      thread.join(60_000);
      assertThat(thread.isAlive()).as(thread.getName()).isFalse();
    }
    assertThat(WarmUp.startFor(new String[] {"import", record.toString()})).isEmpty();
  }

  @Test
  void aStatementTheWarmUpImportedIsTakenOnceInsteadOfImportedAgain(@TempDir Path folder)
      throws Exception {
    Path statement = Files.writeString(folder.resolve("statement.txt"), SENTENCE);
    warmUp("review", statement.toString());

    // Another spelling of the same file.
    Optional<ImportResult> taken =
        WarmUp.takeImportOf(folder.resolve(".").resolve("statement.txt"));

    assertThat(taken).isPresent();
    assertThat(taken.get().getRecord()).isEqualTo(Statements.read(statement).getRecord());
    assertThat(WarmUp.takeImportOf(statement)).isEmpty();
  }

  @Test
  void anotherFileOrAStatementChangedSinceTheWarmUpIsImportedByTheCommand(@TempDir Path folder)
      throws Exception {
    Path statement = Files.writeString(folder.resolve("statement.txt"), SENTENCE);
    Path other = Files.writeString(folder.resolve("other.txt"), SENTENCE);
    warmUp("import", statement.toString());

    assertThat(WarmUp.takeImportOf(other)).isEmpty();
    Files.writeString(statement, SENTENCE + "Canada committed to a review.\n");
    Files.setLastModifiedTime(statement, FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
    assertThat(WarmUp.takeImportOf(statement)).isEmpty();
  }

  @Test
  void aStatementTheWarmUpCouldNotImportIsLeftToTheCommand(@TempDir Path folder) throws Exception {
    Path broken = Files.writeString(folder.resolve("broken.pdf"), "not a PDF\n");
    warmUp("review", broken.toString());

    assertThat(WarmUp.takeImportOf(broken)).isEmpty();
  }

  @Test
  void aReviewWithImportSettingsOfItsOwnDoesNotTakeTheWarmUpsDraft(@TempDir Path folder)
      throws Exception {
    Path statement = Files.writeString(folder.resolve("statement.txt"), SENTENCE);
    String[] args = {"review", "--date", "2019-03-04", "--format", "json", statement.toString()};
    warmUp(args);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Cbcf.execute(args, out, new ByteArrayOutputStream());

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"date\" : \"2019-03-04\"");
    // Still there for a command with the default settings.
    assertThat(WarmUp.takeImportOf(statement)).isPresent();
  }

  @Test
  void onlyAnImportWithoutSettingsOfItsOwnHasTheWarmUpsDefaults() {
    assertThat(importOptions().areDefaults(List.of())).isTrue();
    assertThat(importOptions().areDefaults(List.of(Path.of("house.lexicon")))).isFalse();
    assertThat(importOptions("--language", "fr").areDefaults(List.of())).isFalse();
    assertThat(importOptions("--party", "US").areDefaults(List.of())).isFalse();
    assertThat(importOptions("--date", "2024").areDefaults(List.of())).isFalse();
    assertThat(importOptions("--lexicon", "house.lexicon").areDefaults(List.of())).isFalse();
  }

  private static final String SENTENCE =
      "The United States and Canada agreed to share information within each country's laws.\n";

  private static ImportCommand.StatementOptions importOptions(String... options) {
    ImportCommand command = new ImportCommand();
    List<String> args = new ArrayList<>(List.of(options));
    args.add("statement.txt");
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    return command.statementOptions;
  }

  private static void warmUp(String... args) throws InterruptedException {
    List<Thread> threads = WarmUp.startFor(args);
    assertThat(threads).isNotEmpty();
    for (Thread thread : threads) {
      thread.join(60_000);
      assertThat(thread.isAlive()).as(thread.getName()).isFalse();
    }
  }

  private static List<Thread> concat(List<Thread> first, List<Thread> second) {
    List<Thread> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  @Test
  void theLoggingConfigurationNamedAtStartSilencesJavaUtilLogging() throws Exception {
    try {
      new VerboseOption.EngineLogging.Silent();

      assertThat(Logger.getLogger("").getLevel()).isEqualTo(Level.OFF);
      assertThat(Logger.getLogger("").getHandlers()).isEmpty();
      assertThat(Logger.getLogger("org.drools.any").isLoggable(Level.SEVERE)).isFalse();
    } finally {
      LogManager.getLogManager().readConfiguration();
    }
  }

  @Test
  void onlyTheSubcommandNamedIsBuilt() {
    assertThat(Cbcf.subcommandsFor(new String[] {"review", "x.yaml"}))
        .containsExactly(ReviewCommand.class);
    assertThat(Cbcf.subcommandsFor(new String[] {"--version"})).isEmpty();
    assertThat(Cbcf.subcommandsFor(new String[] {"--help"})).hasSize(7);
    assertThat(Cbcf.subcommandsFor(new String[] {"reveiw"})).hasSize(7);
    assertThat(Cbcf.subcommandsFor(new String[0])).hasSize(7);
  }

  @Test
  void aSubcommandsHelpAndAMistypedNameStillWork() {
    CliRun help = CliRun.of("review", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: cbcf review");

    CliRun mistyped = CliRun.of("reveiw", "x.yaml");
    assertThat(mistyped.exitCode()).isEqualTo(2);
    assertThat(mistyped.err()).contains("reveiw").contains("review");

    assertThat(CliRun.of("--help").out())
        .contains("import")
        .contains("rules")
        .contains("test")
        .contains("subjects");
  }
}
