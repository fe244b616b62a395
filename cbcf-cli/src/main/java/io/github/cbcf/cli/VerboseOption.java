package io.github.cbcf.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
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

    /**
     * Silences java.util.logging; the simple logger is silent by its properties file. Setting up
     * java.util.logging scans every jar on the class path for services, about 0.07 s of a cold
     * start, so it is left to the first logger anything asks for, configured by {@link Silent}.
     */
    static void quiet() {
      if (System.getProperty("java.util.logging.config.class") == null
          && System.getProperty("java.util.logging.config.file") == null) {
        System.setProperty("java.util.logging.config.class", Silent.class.getName());
      }
    }

    /**
     * The configuration of java.util.logging when the command line runs: nothing logged. Named by
     * the {@code java.util.logging.config.class} property, which the log manager reads when it is
     * first used.
     */
    public static final class Silent {
      /**
       * Configures java.util.logging.
       *
       * @throws IOException never: the configuration is a constant
       */
      public Silent() throws IOException {
        LogManager.getLogManager()
            .readConfiguration(
                new ByteArrayInputStream(
                    "handlers=\n.level=OFF\n".getBytes(StandardCharsets.ISO_8859_1)));
      }
    }

    static void showWarnings() {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
      Logger.getLogger("").setLevel(Level.WARNING);
    }
  }
}
