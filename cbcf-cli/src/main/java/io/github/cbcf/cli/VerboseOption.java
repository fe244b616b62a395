package io.github.cbcf.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Option;

/**
 * {@code --verbose}: print stack traces with errors, and the warnings of the engines underneath
 * (Drools, Apache POI, PDFBox), which are silent otherwise.
 */
final class VerboseOption {
  boolean verbose;

  @Option(
      names = "--verbose",
      description = "Print stack traces with errors, and the rule engine's own warnings.")
  void setVerbose(boolean verbose) {
    this.verbose = verbose;
    if (verbose) {
      EngineLogging.showWarnings();
    }
  }

  /**
   * The engines' logging: SLF4J's simple logger (Drools; POI through log4j-to-slf4j) and
   * java.util.logging (what falls back to it). Both are set before any engine class logs, since
   * options are parsed before a command runs.
   */
  static final class EngineLogging {
    private EngineLogging() {}

    /** Silences java.util.logging; the simple logger is silent by its properties file. */
    static void quiet() {
      Logger.getLogger("").setLevel(Level.OFF);
    }

    static void showWarnings() {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
      Logger.getLogger("").setLevel(Level.WARNING);
    }
  }
}
