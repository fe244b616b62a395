package io.github.cbcf.maven;

import io.github.cbcf.CbcfException;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewConfigReader;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import io.github.cbcf.text.StatementReader;
import io.github.cbcf.text.Statements;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reviews the project's forum records and statements and fails the build when a finding reaches
 * {@code failOn}, as Checkstyle's and SpotBugs' {@code check} goals do. Findings say what may
 * require review by a lawyer; they are not legal advice.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** The folder of records (.yaml, .yml, .json) and statements (.txt, .md, .html, .htm, .pdf). */
  @Parameter(property = "cbcf.sourceDirectory", defaultValue = "${project.basedir}/src/cbcf")
  private File sourceDirectory;

  /** The project's own rule files (.drl, .drl.csv, .drl.xlsx) or folders of them. */
  @Parameter(property = "cbcf.rules")
  private List<File> rules = new ArrayList<>();

  /** A review configuration file (YAML or JSON), as the command line's {@code --config}. */
  @Parameter(property = "cbcf.config")
  private File config;

  /**
   * Lexicon files of the project's own phrases and house codes, used when statements are read, as
   * the command line's {@code --lexicon}.
   */
  @Parameter(property = "cbcf.lexicons")
  private List<File> lexicons = new ArrayList<>();

  /**
   * A waiver file for every reviewed file, as the command line's {@code --waivers}. Without it, a
   * {@code cbcf-waivers.yaml} in the folder of a reviewed file applies to the files of that folder.
   */
  @Parameter(property = "cbcf.waivers")
  private File waivers;

  /** The report formats to write, comma-separated: text, json, markdown, html, sarif, junit. */
  @Parameter(property = "cbcf.formats", defaultValue = "html,sarif")
  private String formats;

  /** Where the reports go, each named {@code cbcf-report.EXT}. */
  @Parameter(property = "cbcf.outputDirectory", defaultValue = "${project.build.directory}/cbcf")
  private File outputDirectory;

  /**
   * Fail the build when a raised finding is at or above this severity: HIGH, MEDIUM, LOW, INFO, or
   * NONE to only report.
   */
  @Parameter(property = "cbcf.failOn", defaultValue = "HIGH")
  private String failOn;

  /** Skip the check. */
  @Parameter(property = "cbcf.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("cbcf: skipped");
      return;
    }
    Set<ReportFormat> chosen;
    FailureThreshold threshold;
    try {
      chosen = ReportFiles.parse(formats);
      threshold = FailureThreshold.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    Path folder = sourceDirectory.toPath();
    if (!Files.isDirectory(folder)) {
      throw new MojoExecutionException(
          folder
              + ": no such folder; put the records and statements to review there, or set"
              + " <sourceDirectory>, or <skip>true</skip>");
    }
    Reviewer reviewer = reviewer();
    StatementReader statements;
    try {
      statements =
          statements(
              Optional.ofNullable(config).map(File::toPath),
              lexicons.stream().map(File::toPath).toList());
    } catch (CbcfException e) {
      throw failure(e, problem -> getLog().error(problem));
    }
    reviewer.getWarnings().forEach(warning -> getLog().warn("cbcf: " + warning));

    List<Path> files;
    try {
      files = ReviewInputs.in(folder, excluded(config, waivers, lexicons));
    } catch (IOException e) {
      throw new MojoExecutionException(folder + ": the folder could not be read (" + e + ")", e);
    }
    if (files.isEmpty()) {
      getLog().warn("cbcf: no records or statements in " + folder + "; nothing reviewed");
      return;
    }

    FolderReview.Outcome outcome =
        FolderReview.of(files, folder, reviewer, statements, line -> getLog().warn(line));
    if (!outcome.problems().isEmpty()) {
      // No report is written: a report of part of the folder would look complete.
      outcome.problems().forEach(problem -> getLog().error(problem));
      throw new MojoExecutionException(
          outcome.problems().get(0)
              + (outcome.problems().size() > 1
                  ? " (and " + (outcome.problems().size() - 1) + " more problems listed above)"
                  : ""));
    }

    List<ReviewReport> reports;
    try {
      FolderWaivers.Applied waived =
          FolderWaivers.apply(
              outcome.reports(),
              folder,
              Optional.ofNullable(waivers).map(File::toPath),
              LocalDate.now());
      waived.warnings().forEach(warning -> getLog().warn("cbcf: " + warning));
      reports = waived.reports();
    } catch (CbcfException e) {
      throw failure(e, problem -> getLog().error(problem));
    }
    Path output = outputDirectory.toPath();
    List<Path> written;
    try {
      written = ReportFiles.write(chosen, reports, reviewer.getRules(), output);
    } catch (IOException e) {
      throw new MojoExecutionException(
          output + ": the reports could not be written (" + e.getMessage() + ")", e);
    }
    getLog().info(summary(reports, output));

    List<Finding> failing = threshold.failing(reports);
    if (!failing.isEmpty()) {
      throw new MojoFailureException(
          "cbcf: "
              + failing.size()
              + (failing.size() == 1 ? " finding" : " findings")
              + " at or above "
              + threshold.severity().orElseThrow()
              + " may require review (first: "
              + failing.get(0).getRuleId()
              + " on "
              + failing.get(0).getRecordId()
              + "); see "
              + written.get(0));
    }
  }

  private Reviewer reviewer() throws MojoExecutionException {
    try {
      Reviewer.Builder builder = Reviewer.builder();
      if (config != null) {
        builder.configure(config.toPath());
      }
      rules.stream().map(File::toPath).forEach(builder::addRules);
      return builder.build();
    } catch (CbcfException e) {
      throw failure(e, problem -> getLog().error(problem));
    }
  }

  /**
   * The statement reader, with the lexicons the configuration names and then those given, as {@code
   * cbcf review} reads them. Built before any file is read, so that a bad lexicon stops the check
   * at once.
   *
   * @throws CbcfException naming the bad configuration or lexicon file and line
   */
  static StatementReader statements(Optional<Path> config, List<Path> lexicons) {
    StatementReader.Builder builder = Statements.builder();
    config
        .map(ReviewConfigReader.create()::lexiconsOf)
        .orElse(List.of())
        .forEach(builder::addLexicon);
    lexicons.forEach(builder::addLexicon);
    return builder.build();
  }

  /** Logs every problem of a bad rule, lexicon or waiver file; the build fails on the first. */
  static MojoExecutionException failure(CbcfException e, Consumer<String> error) {
    List<String> problems =
        e.getProblems().isEmpty()
            ? List.of(e.getMessage())
            : e.getProblems().stream().map(Object::toString).toList();
    problems.forEach(error);
    return new MojoExecutionException(problems.get(0), e);
  }

  /**
   * The configuration, waiver and lexicon files may sit in the review folder; they are not records.
   */
  static Set<Path> excluded(File config, File waivers, List<File> lexicons) {
    Set<Path> excluded = new HashSet<>();
    List<File> settings = new ArrayList<>(lexicons);
    settings.add(config);
    settings.add(waivers);
    for (File file : settings) {
      if (file != null) {
        excluded.add(file.toPath().toAbsolutePath().normalize());
      }
    }
    return excluded;
  }

  static String summary(List<ReviewReport> reports, Path output) {
    Map<Severity, Long> raised = new EnumMap<>(Severity.class);
    reports.stream()
        .flatMap(r -> r.getFindings().stream())
        .filter(f -> f.getStatus() == FindingStatus.RAISED)
        .forEach(f -> raised.merge(f.getSeverity(), 1L, Long::sum));
    long findings = raised.values().stream().mapToLong(Long::longValue).sum();
    long waived =
        reports.stream()
            .flatMap(r -> r.getFindings().stream())
            .filter(f -> f.getStatus() == FindingStatus.WAIVED)
            .count();
    int outcomes = reports.stream().mapToInt(ReviewReport::getOutcomesReviewed).sum();
    String bySeverity =
        raised.isEmpty()
            ? ""
            : raised.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", " (", ")"));
    return "cbcf: "
        + reports.size()
        + (reports.size() == 1 ? " file, " : " files, ")
        + outcomes
        + " outcomes reviewed, "
        + findings
        + (findings == 1 ? " finding" : " findings")
        + bySeverity
        + (waived > 0 ? ", " + waived + " waived" : "")
        + "; reports in "
        + output;
  }
}
