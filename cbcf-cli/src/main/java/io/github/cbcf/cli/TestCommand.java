package io.github.cbcf.cli;

import io.github.cbcf.scenarios.ScenarioCoverage;
import io.github.cbcf.scenarios.ScenarioResult;
import io.github.cbcf.scenarios.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cbcf test}: runs scenario files and prints which rules they exercised. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description =
        "Run scenario files (a record and the findings expected on it) and report rule coverage.")
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReviewerOptions reviewerOptions = new ReviewerOptions();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Scenario files or folders of them.")
  List<Path> inputs;

  @Option(
      names = "--require-coverage",
      description = "Fail (exit 1) when a rule is never exercised by the scenarios.")
  boolean requireCoverage;

  @Option(
      names = "--allow-paths-under",
      paramLabel = "FOLDER",
      description =
          "Let scenarios name record and rule files under this folder too (by default they must lie"
              + " under the scenario folder or the working directory); repeatable.")
  List<Path> allowedFolders = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ScenarioResult> results = new ArrayList<>();
    for (Path input : inputs) {
      boolean folder = Files.isDirectory(input);
      if (!folder && !Files.isRegularFile(input)) {
        spec.commandLine().getErr().println(input + ": no such file or folder");
        return ExitCodes.BAD_INPUT;
      }
      Scenarios scenarios =
          Scenarios.in(folder ? input : input.toAbsolutePath().getParent())
              .with(reviewerOptions::builder)
              .confinedTo(allowedFolders.toArray(Path[]::new));
      results.addAll(folder ? scenarios.run() : List.of(scenarios.run(input)));
    }
    for (ScenarioResult result : results) {
      out.println(
          (result.isPassed() ? "PASS  " : "FAIL  ")
              + result.getName()
              + "  ("
              + result.getFile()
              + ")");
      if (!result.isPassed()) {
        out.println(result.describe().indent(6).stripTrailing());
      }
    }
    ScenarioCoverage coverage = ScenarioCoverage.of(results, reviewerOptions.build().getRules());
    out.println();
    out.println(coverage.summary().stripTrailing());
    long failed = results.stream().filter(r -> !r.isPassed()).count();
    out.println();
    out.println((results.size() - failed) + " passed, " + failed + " failed");
    boolean uncovered = requireCoverage && !coverage.getNotExercised().isEmpty();
    return failed > 0 || uncovered ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
