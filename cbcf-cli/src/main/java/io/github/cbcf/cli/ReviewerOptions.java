package io.github.cbcf.cli;

import io.github.cbcf.rules.ReviewConfigReader;
import io.github.cbcf.rules.Reviewer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
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
              + " severityOverrides, firingsPerOutcome, lexicons.")
  Path config;

  @Option(
      names = "--allow-unlocated-safeguards",
      description =
          "Review records in which a safeguard that would lower a finding has no location in the"
              + " source: it then lowers nothing and is shown as an unverified safeguard. Without"
              + " it, such a record is an error.")
  boolean allowUnlocatedSafeguards;

  @Option(
      names = "--time-limit",
      defaultValue = "60s",
      paramLabel = "TIME",
      converter = TimeLimitConverter.class,
      description =
          "Stop a review that runs longer than this (for example 60s, 5m, 500ms; 0 for no limit),"
              + " naming the rule that was running (default: ${DEFAULT-VALUE}).")
  Duration timeLimit = Duration.ofSeconds(60);

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where compiled rule files are kept between runs (default: $XDG_CACHE_HOME/cbcf, or"
              + " ~/.cache/cbcf; ~/Library/Caches/cbcf on macOS; %%LOCALAPPDATA%%\\cbcf\\cache on"
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
    RuleExitGuard.arm();
    Reviewer.Builder builder = Reviewer.builder();
    if (config != null) {
      builder.configure(config);
    }
    rules.forEach(builder::addRules);
    if (allowUnlocatedSafeguards) {
      builder.allowUnlocatedSafeguards();
    }
    if (timeLimit != null && !timeLimit.isZero()) {
      builder.timeLimit(timeLimit);
    }
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

  /**
   * @return the lexicon files the configuration names, resolved against its folder
   */
  List<Path> configLexicons() {
    return config == null ? List.of() : ReviewConfigReader.create().lexiconsOf(config);
  }

  /** Reads {@code 60s}, {@code 5m}, {@code 500ms}, {@code 1h}, or {@code 0} for no limit. */
  static final class TimeLimitConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern TIME = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      Matcher time = TIME.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!time.matches() || (time.group(2) == null && Long.parseLong(time.group(1)) != 0)) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a time: write it as 60s, 5m, 500ms or 1h, or 0 for no limit");
      }
      long amount = Long.parseLong(time.group(1));
      return switch (time.group(2) == null ? "s" : time.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
  }
}
