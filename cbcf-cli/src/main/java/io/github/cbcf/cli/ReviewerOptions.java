package io.github.cbcf.cli;

import io.github.cbcf.rules.ReviewConfigReader;
import io.github.cbcf.rules.Reviewer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    if (allowUnlocatedSafeguards) {
      builder.allowUnlocatedSafeguards();
    }
    return builder;
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
}
