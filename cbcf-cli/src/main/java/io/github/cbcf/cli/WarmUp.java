package io.github.cbcf.cli;

import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Reviewer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Starts the slow first steps of a review on background threads while the main thread parses the
 * command line: building the built-in rules, and preparing the record reader by reading a small
 * bundled record ({@code warm-up.yaml}). Most of a cold review is loading and initialising classes
 * on one thread; a second core does part of it meanwhile, and the main thread finds it done (the
 * JVM makes it wait for a class another thread is still initialising, never do it twice). It only
 * saves time: whatever fails here fails again, and is reported, where the command does it.
 */
final class WarmUp {
  /** The commands that build the built-in rules and read records. */
  private static final Set<String> COMMANDS = Set.of("review", "test");

  static final String RECORD = "warm-up.yaml";

  private WarmUp() {}

  /**
   * @param args the command line
   * @return the threads started, none for a command that reviews nothing, or with {@code
   *     --verbose}, whose engine logging must start with the command
   */
  static List<Thread> startFor(String[] args) {
    if (args.length == 0 || !COMMANDS.contains(args[0]) || List.of(args).contains("--verbose")) {
      return List.of();
    }
    return List.of(
        start("cbcf-warm-up-rules", () -> Reviewer.builder().build()),
        start("cbcf-warm-up-reader", WarmUp::readRecord));
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
              } catch (RuntimeException | LinkageError e) {
                // The command does the same step and reports what fails there.
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
