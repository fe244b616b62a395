package io.github.cbcf.cli;

import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the slow first steps of a review on background threads while the main thread parses the
 * command line: building the built-in rules, and preparing the record reader by reading a small
 * bundled record ({@code warm-up.yaml}). Most of a cold review is loading and initialising classes
 * on one thread; a second core does part of it meanwhile, and the main thread finds it done (the
 * JVM makes it wait for a class another thread is still initialising, never do it twice). It only
 * saves time: whatever fails here fails again, and is reported, where the command does it.
 *
 * <p>When the command line names a statement, the statement reader is prepared instead, by
 * importing that statement with the default settings and throwing the draft away: the command's own
 * import, with its own settings, then finds the lexicon loaded and the sentence breaking ready.
 */
final class WarmUp {
  /** The commands that build the built-in rules and read records. */
  private static final Set<String> COMMANDS = Set.of("review", "test");

  /**
   * A larger statement is not imported twice: that could cost more than it saves, and a hostile
   * file (a PDF whose compressed streams expand a thousandfold) would take its memory twice over.
   */
  static final long LARGEST_STATEMENT_WARMED = 512 * 1024;

  static final String RECORD = "warm-up.yaml";

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
    Optional<Path> statement = firstStatement(args);
    if (args[0].equals("import")) {
      return statement
          .map(file -> List.of(start("cbcf-warm-up-reader", () -> importStatement(file))))
          .orElse(List.of());
    }
    if (!COMMANDS.contains(args[0])) {
      return List.of();
    }
    Runnable reader =
        statement.<Runnable>map(file -> () -> importStatement(file)).orElse(WarmUp::readRecord);
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

  private static void importStatement(Path statement) {
    Statements.read(statement);
  }

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
