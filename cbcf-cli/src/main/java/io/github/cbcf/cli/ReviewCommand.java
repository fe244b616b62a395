package io.github.cbcf.cli;

import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.StatementException;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/** {@code cbcf review}: reviews record files and writes the report. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Review record files (or folders of them) and report what may require review.")
final class ReviewCommand implements Callable<Integer> {
  /** Past this, reviewing many files shows progress. */
  private static final long QUIET_MILLIS = 1000;

  /** When to colour the text report. */
  enum Colour {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Spec CommandSpec spec;

  @Mixin ReviewerOptions reviewerOptions = new ReviewerOptions();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Mixin ImportCommand.StatementOptions statementOptions = new ImportCommand.StatementOptions();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Record files (.yaml, .yml, .json) or folders of"
              + " them, or statements (.txt, .md, .html, .htm, .pdf), which are imported first.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, json, markdown, html, sarif or junit (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report here, not to stdout.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit with 1 when a finding (not suppressed) is at or above this: HIGH, MEDIUM, LOW or INFO.")
  Severity failOn;

  @Option(
      names = "--color",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description = "Colour the text report: auto (on a terminal), always or never.")
  Colour colour;

  /** Inputs reviewed so far, to say how far a batch got when the heap ran out. */
  private int reviewedSoFar;

  private int inputCount;

  @Override
  public Integer call() {
    try {
      return review();
    } catch (OutOfMemoryError e) {
      throw new BatchTooLargeException(reviewedSoFar, inputCount, e);
    }
  }

  private Integer review() {
    PrintWriter err = spec.commandLine().getErr();
    Reviewer reviewer = reviewerOptions.build();
    reviewer.getWarnings().forEach(warning -> err.println("warning: " + warning));
    List<String> unreadable = new ArrayList<>();
    List<Path> files = InputFiles.expand(inputs, InputFiles::isRecordFile, unreadable::add);
    unreadable.forEach(err::println);
    inputCount = files.size();
    List<ReviewReport> reviewed = new ArrayList<>();
    boolean badInput = !unreadable.isEmpty();
    long started = System.nanoTime();
    RecordReader reader = RecordReader.create();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      try {
        ForumRecord record;
        if (Statements.isStatement(file)) {
          ImportResult imported = statementOptions.reader().read(file);
          imported
              .getWarnings()
              .forEach(
                  w ->
                      err.println(
                          file
                              + ":"
                              + w.getLocation().map(l -> l.getLine() + ": ").orElse(" ")
                              + w.getMessage()));
          record = imported.getRecord();
        } else {
          record = reader.read(file);
        }
        reviewed.add(reviewer.review(record).withFile(file.toString()));
        reviewedSoFar++;
      } catch (InvalidRecordException e) {
        Cbcf.printProblems(err, e);
        badInput = true;
      } catch (StatementException e) {
        err.println(Problem.oneLine(e.getMessage()));
        badInput = true;
      } catch (ReviewException e) {
        err.println(Problem.oneLine(file + ": " + e.getMessage()));
        badInput = true;
      }
      if (files.size() > 1 && (System.nanoTime() - started) / 1_000_000 > QUIET_MILLIS) {
        err.println("[" + (i + 1) + "/" + files.size() + "] " + file);
      }
    }
    String report = format.render(reviewed, reviewer.getRules(), colours());
    if (output == null) {
      spec.commandLine().getOut().print(report);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(output, report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            output + ": the report could not be written (" + e.getMessage() + ")", e);
      }
    }
    if (badInput) {
      return ExitCodes.BAD_INPUT;
    }
    return failOn != null
            && reviewed.stream()
                .flatMap(r -> r.getFindings().stream())
                .anyMatch(this::failsThreshold)
        ? ExitCodes.FINDINGS
        : ExitCodes.OK;
  }

  private boolean failsThreshold(Finding finding) {
    return finding.getStatus() == FindingStatus.RAISED && finding.getSeverity().isAtLeast(failOn);
  }

  private boolean colours() {
    return format == ReportFormat.TEXT
        && switch (colour) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO ->
              output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        };
  }
}
