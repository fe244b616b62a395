package io.github.cbcf.cli;

import io.github.cbcf.CbcfException;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.Statements;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
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

  @ParentCommand Cbcf parent;

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

  @Option(
      names = "--allow-empty",
      description =
          "Accept a folder with no record in it (an empty report, exit 0); by default it is an"
              + " error, so that a mistyped path cannot pass.")
  boolean allowEmpty;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = InputFiles.expand(inputs, InputFiles::isRecordFile);
    if (!allowEmpty
        && InputFiles.refuseEmptyFolders(
            inputs, InputFiles::isRecordFile, "record file (.yaml, .yml, .json)", err)) {
      return ExitCodes.BAD_INPUT;
    }
    if (output != null) {
      List<Path> read = new ArrayList<>(inputs);
      read.addAll(files);
      read.addAll(reviewerOptions.rules);
      if (reviewerOptions.config != null) {
        read.add(reviewerOptions.config);
      }
      Optional<String> refusal = OutputFile.refusal(output, read);
      if (refusal.isPresent()) {
        err.println(refusal.get());
        return ExitCodes.BAD_INPUT;
      }
    }
    Reviewer reviewer = reviewerOptions.build();
    reviewer.getWarnings().forEach(warning -> err.println("warning: " + warning));
    List<ReviewReport> reviewed = new ArrayList<>();
    List<ReviewFailure> failures = new ArrayList<>();
    long started = System.nanoTime();
    RecordReader reader = RecordReader.create();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      try {
        reviewed.add(reviewer.review(read(file, reader, err)).withFile(file.toString()));
      } catch (CbcfException e) {
        if (e.getProblems().isEmpty()) {
          err.println(e instanceof ReviewException ? file + ": " + e.getMessage() : e.getMessage());
        } else {
          Cbcf.printProblems(err, e);
        }
        failures.add(ReviewFailure.of(file.toString(), e));
      } catch (UncheckedIOException e) {
        err.println(e.getMessage());
        failures.add(ReviewFailure.of(file.toString(), String.valueOf(e.getMessage())));
      }
      if (files.size() > 1 && (System.nanoTime() - started) / 1_000_000 > QUIET_MILLIS) {
        err.println("[" + (i + 1) + "/" + files.size() + "] " + file);
      }
    }
    String report = format.render(reviewed, failures, reviewer.getRules(), colours());
    if (output == null) {
      PrintWriter out = colours() && parent != null ? parent.rawOut : spec.commandLine().getOut();
      out.print(report);
      out.flush();
    } else if (reviewed.isEmpty() && !failures.isEmpty()) {
      // A report of nothing must not replace a report of something.
      err.println(output + ": not written, as no input could be reviewed; the old file is kept");
    } else {
      OutputFile.write(output, report, "the report");
    }
    if (!failures.isEmpty()) {
      return ExitCodes.BAD_INPUT;
    }
    return failOn != null
            && reviewed.stream()
                .flatMap(r -> r.getFindings().stream())
                .anyMatch(this::failsThreshold)
        ? ExitCodes.FINDINGS
        : ExitCodes.OK;
  }

  private ForumRecord read(Path file, RecordReader reader, PrintWriter err) {
    if (!Statements.isStatement(file)) {
      return reader.read(file);
    }
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
    return imported.getRecord();
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
