package io.github.cbcf.cli;

import io.github.cbcf.rules.Reviewer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that choose the rules: the user's rule files and a configuration file. */
final class ReviewerOptions {
  @Option(
      names = "--rules",
      paramLabel = "PATH",
      description =
          "Your rule files (.drl, .drl.csv, .drl.xlsx) or folders of them; repeatable. Rule files are"
              + " code: load only files you trust.")
  List<Path> rules = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "A configuration file (YAML or JSON): rules, disableRules, disableConcerns,"
              + " severityOverrides, firingsPerOutcome.")
  Path config;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where compiled rule files are kept between runs (default: $XDG_CACHE_HOME/cbcf, or"
              + " ~/.cache/cbcf; ~/Library/Caches/cbcf on macOS; %LOCALAPPDATA%\\cbcf\\cache on"
              + " Windows).")
  Path cacheDir;

  @Option(
      names = "--no-cache",
      description = "Compile rule files on every run; keep nothing on disk.")
  boolean noCache;

  /**
   * A builder with these options applied; problems surface as the library's exceptions, which the
   * program reports.
   */
  Reviewer.Builder builder() {
    Reviewer.Builder builder = Reviewer.builder();
    if (config != null) {
      builder.configure(config);
    }
    rules.forEach(builder::addRules);
    if (!noCache) {
      Path folder = cacheDir != null ? cacheDir : defaultCacheFolder(System.getenv());
      if (folder != null) {
        builder.cacheCompiledRules(folder);
      }
    }
    return builder;
  }

  /** The platform's folder for caches, or null when the environment names none. */
  static Path defaultCacheFolder(Map<String, String> environment) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = System.getProperty("user.home");
    if (os.startsWith("windows")) {
      String local = environment.get("LOCALAPPDATA");
      return local == null || local.isBlank() ? null : Path.of(local, "cbcf", "cache");
    }
    String xdg = environment.get("XDG_CACHE_HOME");
    // The XDG specification ignores a relative path.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "cbcf");
    }
    if (home == null || home.isBlank()) {
      return null;
    }
    return os.startsWith("mac")
        ? Path.of(home, "Library", "Caches", "cbcf")
        : Path.of(home, ".cache", "cbcf");
  }

  Reviewer build() {
    return builder().build();
  }
}
