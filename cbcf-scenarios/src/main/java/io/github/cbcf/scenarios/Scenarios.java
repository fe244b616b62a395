package io.github.cbcf.scenarios;

import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.NearestMatch;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a folder of scenario files and reports, per file, the findings expected and found, and the
 * rule coverage. The command line ({@code cbcf test}) runs them this way; {@code ScenarioTests} in
 * {@code cbcf-scenarios-junit} turns them into JUnit 5 tests.
 *
 * <pre>{@code
 * Scenarios scenarios = Scenarios.in(Path.of("src/test/scenarios"))
 *     .with(() -> Reviewer.builder().addRules(Path.of("rules")))   // optional: your own rules
 *     .requireCoverage();                                            // optional: every rule must be exercised
 * scenarios.run().stream().filter(r -> !r.isPassed()).forEach(r -> System.out.println(r.describe()));
 * }</pre>
 *
 * <p>Every {@code .yaml}, {@code .yml} and {@code .json} file under the folder is a scenario (keep
 * record files elsewhere); see {@link Scenario} for the format. Paths in a scenario are relative to
 * its file; {@link #confinedTo} keeps them inside the scenario folder. Each scenario is run once
 * per instance and its {@link ScenarioResult} kept, so {@link #coverage()} after the tests costs
 * nothing more. Instances are safe to share between threads.
 */
public final class Scenarios {
  private final Path folder;
  private final Reviewer reviewer;
  private final Supplier<Reviewer.Builder> configuration;
  private final Predicate<RuleDescription> coverageRequired;
  private final List<Path> allowedFolders;
  private final Map<Path, ScenarioResult> results = new ConcurrentHashMap<>();
  private final Map<List<Path>, Reviewer> reviewers = new ConcurrentHashMap<>();

  private Scenarios(
      Path folder,
      Reviewer reviewer,
      Supplier<Reviewer.Builder> configuration,
      Predicate<RuleDescription> coverageRequired,
      List<Path> allowedFolders) {
    this.folder = folder;
    this.allowedFolders = allowedFolders;
    this.reviewer = reviewer;
    this.configuration = configuration;
    this.coverageRequired = coverageRequired;
  }

  /**
   * Scenarios in a folder and its subfolders, reviewed with the built-in rules.
   *
   * @param folder the folder; a relative path is resolved against the working directory (for
   *     Maven's tests, the module's folder)
   * @return the scenarios
   */
  public static Scenarios in(Path folder) {
    return new Scenarios(Objects.requireNonNull(folder, "folder"), null, null, null, null);
  }

  /**
   * Reviews with a ready-built reviewer, for example one with rules switched off. A scenario that
   * adds rules of its own cannot be run this way, since a built reviewer takes no more rules: use
   * {@link #with(Supplier)}.
   *
   * @param reviewer the reviewer
   * @return scenarios that use it, with no results kept yet
   */
  public Scenarios with(Reviewer reviewer) {
    return new Scenarios(
        folder,
        Objects.requireNonNull(reviewer, "reviewer"),
        null,
        coverageRequired,
        allowedFolders);
  }

  /**
   * Reviews with reviewers configured by a builder, for example with your own rules added. A
   * scenario's own {@code rules} are added to a fresh builder from the supplier; scenarios with the
   * same rules share one reviewer.
   *
   * @param configuration gives a new, configured builder on each call, such as {@code () ->
   *     Reviewer.builder().addRules(Path.of("rules"))}
   * @return scenarios that use it, with no results kept yet
   */
  public Scenarios with(Supplier<Reviewer.Builder> configuration) {
    return new Scenarios(
        folder,
        null,
        Objects.requireNonNull(configuration, "configuration"),
        coverageRequired,
        allowedFolders);
  }

  /**
   * Requires every rule the reviewers know to be exercised (expected to fire in some scenario, and
   * fired): {@link #missingCoverage()} lists those that were not, and the JUnit adapter adds a test
   * that fails on them.
   *
   * @return scenarios that require it
   */
  public Scenarios requireCoverage() {
    return requireCoverage(rule -> true);
  }

  /**
   * Requires the rules chosen to be exercised; see {@link #requireCoverage()}.
   *
   * @param which the rules that must be exercised, for example {@code RuleDescription::isBuiltIn}
   * @return scenarios that require it
   */
  public Scenarios requireCoverage(Predicate<RuleDescription> which) {
    return new Scenarios(
        folder, reviewer, configuration, Objects.requireNonNull(which, "which"), allowedFolders);
  }

  /**
   * Confines the files a scenario names ({@code recordFile}, {@code rules}) to the scenario folder
   * and the working directory: a scenario from elsewhere then cannot make a run read, or run as
   * rules, files outside them; one that tries fails, naming the field. Without this, a scenario may
   * name any file, as a program's own scenarios may. The command line confines.
   *
   * @param folders more folders the files may lie under
   * @return confined scenarios, with no results kept yet
   */
  public Scenarios confinedTo(Path... folders) {
    List<Path> allowed = new ArrayList<>(allowedFolders == null ? List.of() : allowedFolders);
    for (Path allowedFolder : folders) {
      allowed.add(Objects.requireNonNull(allowedFolder, "folder"));
    }
    return new Scenarios(folder, reviewer, configuration, coverageRequired, List.copyOf(allowed));
  }

  /**
   * Reads a scenario file and the record it names, and checks the paths it names, without
   * reviewing: whatever {@link #run(Path)} refuses for these reasons, this refuses too.
   *
   * @param file a scenario file
   * @return the scenario's record
   * @throws io.github.cbcf.CbcfException naming the file, the field and what to do
   */
  public ForumRecord recordOf(Path file) {
    Scenario scenario = ScenarioReader.create().read(file);
    ruleFilesOf(file, scenario);
    return recordOf(file, scenario);
  }

  private ForumRecord recordOf(Path file, Scenario scenario) {
    return scenario
        .getRecord()
        .orElseGet(
            () ->
                RecordReader.create()
                    .read(confined(file, "recordFile", scenario.getRecordFile().orElseThrow())));
  }

  private List<Path> ruleFilesOf(Path file, Scenario scenario) {
    List<Path> ruleFiles = new ArrayList<>();
    for (int i = 0; i < scenario.getRules().size(); i++) {
      ruleFiles.add(confined(file, "rules[" + i + "]", scenario.getRules().get(i)));
    }
    return ruleFiles;
  }

  /** The path a scenario names, resolved against its file; refused when it leads elsewhere. */
  private Path confined(Path file, String field, String named) {
    Path resolved = file.toAbsolutePath().getParent().resolve(named).normalize();
    if (allowedFolders == null) {
      return resolved;
    }
    Path real = realPath(resolved);
    List<Path> roots = new ArrayList<>();
    roots.add(folder);
    roots.add(Path.of(""));
    roots.addAll(allowedFolders);
    for (Path root : roots) {
      Path allowed = realPath(root.toAbsolutePath().normalize());
      // The real path too: a link inside the folder must not lead out of it.
      if (resolved.startsWith(root.toAbsolutePath().normalize()) && real.startsWith(allowed)) {
        return resolved;
      }
    }
    throw new ScenarioException(
        file.toString(),
        List.of(
            Problem.at(
                file.toString(),
                0,
                0,
                field,
                named
                    + " leads out of the scenario folder "
                    + folder.toAbsolutePath().normalize()
                    + " and the working directory: keep the files a scenario names inside them,"
                    + " or allow their folder (cbcf test --allow-paths-under FOLDER;"
                    + " Scenarios.confinedTo)")));
  }

  private static Path realPath(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path;
    } catch (IOException e) {
      return path;
    }
  }

  /**
   * @return the folder the scenarios are in
   */
  public Path getFolder() {
    return folder;
  }

  /**
   * Lists the scenario files: every {@code .yaml}, {@code .yml} and {@code .json} file under the
   * folder, ordered by path.
   *
   * @return the files
   * @throws IllegalArgumentException when the folder does not exist or holds no scenario file, so
   *     that a wrong path cannot pass by running nothing
   */
  public List<Path> files() {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "no scenario folder at "
              + folder.toAbsolutePath()
              + ": check the path (a relative path is resolved against "
              + Path.of("").toAbsolutePath()
              + ")");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> RecordFormat.ofFileName(p.getFileName().toString()).isPresent())
              .sorted(
                  (a, b) ->
                      folder.relativize(a).toString().compareTo(folder.relativize(b).toString()))
              .toList();
    } catch (IOException | UncheckedIOException e) {
      // Files.walk reports an unreadable subfolder as an UncheckedIOException.
      Throwable reason = e instanceof UncheckedIOException ? e.getCause() : e;
      throw new UncheckedIOException(
          "the scenario folder "
              + folder
              + " could not be read ("
              + (reason instanceof java.nio.file.AccessDeniedException
                  ? "permission denied: " + reason.getMessage()
                  : reason.getClass().getSimpleName() + ": " + reason.getMessage())
              + "): check its permissions",
          e instanceof UncheckedIOException
              ? ((UncheckedIOException) e).getCause()
              : (IOException) e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "no scenario files in "
              + folder.toAbsolutePath()
              + ": write scenarios as .yaml, .yml or .json files there");
    }
    return files;
  }

  /**
   * @return whether {@link #requireCoverage()} was asked for
   */
  public boolean isCoverageRequired() {
    return coverageRequired != null;
  }

  /**
   * Runs every scenario (or takes the results already kept) and lists the rules that coverage
   * requires but no scenario exercised.
   *
   * @return those rules, ordered by id; empty when coverage was not required
   */
  public List<RuleCoverage> missingCoverage() {
    return coverageRequired == null ? List.of() : coverage().notExercised(coverageRequired);
  }

  /**
   * Runs every scenario of the folder, or takes the results of those already run.
   *
   * @return the results, in path order
   */
  public List<ScenarioResult> run() {
    return files().stream().map(this::run).toList();
  }

  /**
   * Computes which rules the scenarios exercised, running those not run yet.
   *
   * @return the coverage
   */
  public ScenarioCoverage coverage() {
    return ScenarioCoverage.of(run(), reviewerFor(List.of()).getRules());
  }

  /**
   * Runs one scenario file, or takes its result if this instance already ran it. Never throws for a
   * broken scenario: what went wrong is in {@link ScenarioResult#getError()}.
   *
   * @param file a scenario file
   * @return the result
   */
  public ScenarioResult run(Path file) {
    return results.computeIfAbsent(file.toAbsolutePath().normalize(), key -> evaluate(file));
  }

  private ScenarioResult evaluate(Path file) {
    Scenario scenario;
    try {
      scenario = ScenarioReader.create().read(file);
    } catch (InvalidRecordException e) {
      return ScenarioResult.failed(file, null, List.of(), e);
    }
    List<RuleDescription> rules = List.of();
    try {
      List<Path> ruleFiles = ruleFilesOf(file, scenario);
      ForumRecord record = recordOf(file, scenario);
      if (!ruleFiles.isEmpty() && reviewer != null) {
        throw new ScenarioException(
            file.toString(),
            List.of(
                Problem.at(
                    file.toString(),
                    0,
                    0,
                    "rules",
                    "this scenario adds rules of its own, but the runner was given a ready-built Reviewer, which takes no"
                        + " more: use Scenarios.with(() -> Reviewer.builder()...) instead")));
      }
      Reviewer scenarioReviewer = reviewerFor(ruleFiles);
      rules = scenarioReviewer.getRules();
      checkNames(file, scenario, record, scenarioReviewer);
      ReviewReport report = scenarioReviewer.review(record);
      return ScenarioResult.compared(file, scenario, report, rules);
    } catch (RuntimeException e) {
      // Unreadable record files, rule files that do not compile, unknown names, rules that throw:
      // each is
      // reported as the scenario's failure, never as a crash of the whole run.
      return ScenarioResult.failed(file, scenario, rules, e);
    }
  }

  private Reviewer reviewerFor(List<Path> ruleFiles) {
    if (reviewer != null) {
      return reviewer;
    }
    return reviewers.computeIfAbsent(
        ruleFiles,
        files -> {
          Reviewer.Builder builder =
              configuration != null ? configuration.get() : Reviewer.builder();
          if (!files.isEmpty()) {
            builder.addRules(files.toArray(Path[]::new));
          }
          return builder.build();
        });
  }

  /**
   * Checks that every rule and outcome the scenario names exists, so that a typo cannot pass
   * silently.
   */
  private static void checkNames(
      Path file, Scenario scenario, ForumRecord record, Reviewer reviewer) {
    Set<String> ruleIds =
        reviewer.getRules().stream().map(RuleDescription::getId).collect(Collectors.toSet());
    Set<String> outcomeIds =
        record.getOutcomes().stream().map(Outcome::getId).collect(Collectors.toSet());
    List<Problem> problems = new ArrayList<>();
    checkNames(
        file.toString(),
        "expect",
        scenario.getExpect(),
        ruleIds,
        outcomeIds,
        record.getId(),
        problems);
    checkNames(
        file.toString(),
        "expectAbsent",
        scenario.getExpectAbsent(),
        ruleIds,
        outcomeIds,
        record.getId(),
        problems);
    if (!problems.isEmpty()) {
      throw new ScenarioException(file.toString(), problems);
    }
  }

  private static void checkNames(
      String file,
      String field,
      List<ExpectedFinding> entries,
      Set<String> ruleIds,
      Set<String> outcomeIds,
      String recordId,
      List<Problem> problems) {
    for (int i = 0; i < entries.size(); i++) {
      ExpectedFinding entry = entries.get(i);
      String at = field + "[" + i + "]";
      if (!entry.isAnyRule() && !ruleIds.contains(entry.getRule())) {
        Problem problem =
            Problem.at(
                file,
                0,
                0,
                at + ".rule",
                "no rule " + entry.getRule() + " among the rules this scenario runs with");
        problems.add(
            NearestMatch.among(entry.getRule(), ruleIds)
                .map(m -> problem.withSuggestion("did you mean " + m + "?"))
                .orElse(
                    problem.withSuggestion(
                        "known: " + ruleIds.stream().sorted().collect(Collectors.joining(", ")))));
      }
      for (int o = 0; o < entry.getOutcomes().size(); o++) {
        String outcome = entry.getOutcomes().get(o);
        if (!outcomeIds.contains(outcome)) {
          Problem problem =
              Problem.at(
                  file,
                  0,
                  0,
                  at + ".outcomes[" + o + "]",
                  "'" + outcome + "' is not an outcome of record " + recordId);
          problems.add(
              NearestMatch.among(outcome, outcomeIds)
                  .map(m -> problem.withSuggestion("did you mean " + m + "?"))
                  .orElse(
                      problem.withSuggestion(
                          "its outcomes are "
                              + outcomeIds.stream().sorted().collect(Collectors.joining(", ")))));
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Scenarios in " + folder;
  }
}
