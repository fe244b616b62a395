package io.github.cbcf.cli;

import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the slow first steps of a review on background threads while the main thread parses the
 * command line: building the built-in rules, and preparing the record reader by reading a small
 * bundled record ({@code warm-up.yaml}). Most of a cold review is loading and initialising classes
 * on one thread; a second core does part of it meanwhile, and the main thread finds it done (the
 * JVM makes it wait for a class another thread is still initialising, never do it twice). It only
 * saves time: whatever fails here fails again, and is reported, where the command does it.
 *
 * <p>When the command line names a statement, the statement reader is prepared instead, by
 * importing that statement with the default settings. A command that imports it with the default
 * settings too takes that draft ({@link #takeImportOf}) rather than importing it again; one with
 * settings of its own imports it itself, and finds the lexicon loaded and the sentence breaking
 * ready.
 */
final class WarmUp {
  /** The commands that build the built-in rules and read records. */
  private static final Set<String> COMMANDS = Set.of("review", "test");

  /**
   * A larger statement is not imported on the warm-up thread: a command with settings of its own
   * would import it twice, which could cost more than it saves, and a hostile file (a PDF whose
   * compressed streams expand a thousandfold) would take its memory twice over.
   */
  static final long LARGEST_STATEMENT_WARMED = 512 * 1024;

  static final String RECORD = "warm-up.yaml";

  private static volatile WarmedImport warmed;

  private WarmUp() {}

  /**
   * @param args the command line
   * @return the threads started: the rules and the reader for a review or a test, the reader alone
   *     for the import of a statement; none for any other command, or with {@code --verbose}, whose
   *     engine logging must start with the command
   */
  static List<Thread> startFor(String[] args) {
    if (args.length == 0 || List.of(args).contains("--verbose")) {
      return List.of();
    }
    if (!args[0].equals("import") && !COMMANDS.contains(args[0])) {
      return List.of();
    }
    Optional<Runnable> statement = firstStatement(args).flatMap(WarmUp::importing);
    if (args[0].equals("import")) {
      return statement
          .map(importing -> List.of(start("cbcf-warm-up-reader", importing)))
          .orElse(List.of());
    }
    Runnable reader = statement.orElse(WarmUp::readRecord);
    return List.of(
        start("cbcf-warm-up-rules", () -> Reviewer.builder().build()),
        start("cbcf-warm-up-reader", reader));
  }

  /**
   * @return the first word of the command line that names a statement file of at most {@value
   *     #LARGEST_STATEMENT_WARMED} bytes
   */
  static Optional<Path> firstStatement(String[] args) {
    for (int i = 1; i < args.length; i++) {
      try {
        Path file = Paths.get(args[i]);
        if (Statements.isStatement(file)
            && Files.isRegularFile(file)
            && Files.size(file) <= LARGEST_STATEMENT_WARMED) {
          return Optional.of(file);
        }
      } catch (IOException | InvalidPathException | SecurityException e) {
        // Not a file to warm up with; the command reports what is wrong with it.
      }
    }
    return Optional.empty();
  }

  /**
   * Registers the import of a statement with the default settings, for {@link #takeImportOf} to
   * hand to the command.
   *
   * @return the import to run on the warm-up thread; empty when the file cannot be looked at
   */
  private static Optional<Runnable> importing(Path statement) {
    BasicFileAttributes before;
    try {
      before = Files.readAttributes(statement, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    CompletableFuture<ImportResult> result = new CompletableFuture<>();
    warmed =
        new WarmedImport(
            statement.toAbsolutePath().normalize(),
            before.size(),
            before.lastModifiedTime(),
            result);
    return Optional.of(
        () -> {
          try {
            result.complete(Statements.read(statement));
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
  }

  /**
   * The warm-up's import of a statement, for a command that would import it with the default
   * settings: it then need not import it a second time. Taken once; waits for the warm-up to
   * finish.
   *
   * @param statement the statement the command is about to import
   * @return the draft, or empty when the warm-up did not import this file, failed (the command's
   *     own import then reports why), or the file has changed since it looked
   */
  static Optional<ImportResult> takeImportOf(Path statement) {
    WarmedImport candidate = warmed;
    if (candidate == null || !candidate.file().equals(statement.toAbsolutePath().normalize())) {
      return Optional.empty();
    }
    warmed = null;
    try {
      ImportResult result = candidate.result().join();
      BasicFileAttributes now = Files.readAttributes(statement, BasicFileAttributes.class);
      return now.size() == candidate.size()
              && now.lastModifiedTime().equals(candidate.lastModified())
          ? Optional.of(result)
          : Optional.empty();
    } catch (CompletionException | CancellationException | IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** A statement being imported on the warm-up thread, and its size and time when it started. */
  private record WarmedImport(
      Path file, long size, FileTime lastModified, CompletableFuture<ImportResult> result) {}

  private static void readRecord() {
    try (InputStream in = WarmUp.class.getResourceAsStream(RECORD)) {
      if (in != null) {
        RecordReader.create().read(in, RECORD, RecordFormat.YAML);
      }
    } catch (IOException e) {
      // Nothing to warm up: the command reads its own input anyway.
    }
  }

  private static Thread start(String name, Runnable step) {
    Thread thread =
        new Thread(
            () -> {
              try {
                step.run();
              } catch (RuntimeException | Error e) {
                // The command does the same step and reports what fails there.
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
