package io.github.cbcf.cli;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.reports.ReportOptions;
import io.github.cbcf.rules.Baseline;
import io.github.cbcf.rules.BaselineException;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.OutcomeLines;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import io.github.cbcf.rules.WaiverException;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.StatementReader;
import io.github.cbcf.text.Statements;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
      split = ",",
      paramLabel = "FORMAT",
      description =
          "text, json, markdown, html, sarif or junit (default: ${DEFAULT-VALUE}); several,"
              + " comma-separated, write one file each into the folder -o names.")
  List<ReportFormat> formats;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report here, not to stdout; with several formats, or when it is a folder, the"
              + " folder for cbcf-report.txt, .json, .md, .html, .sarif and .xml (JUnit).")
  Path output;

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description =
          "The waiver file to apply; by default the cbcf-waivers.yaml next to the reviewed files.")
  Path waivers;

  @Option(
      names = "--baseline",
      paramLabel = "REPORT",
      description =
          "A JSON report of an earlier review: reports mark which findings are new, and --fail-on"
              + " counts only those.")
  Path baseline;

  @Option(
      names = "--include-personal-data",
      description =
          "Show contacts and other values the record marks as personal data (withheld by default).")
  boolean includePersonalData;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit with 1 when a finding (not suppressed, not waived; with --baseline, a new one) is"
              + " at or above this: HIGH, MEDIUM, LOW or INFO.")
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
    List<String> unreadable = new ArrayList<>();
    List<Path> files = InputFiles.expand(inputs, InputFiles::isRecordFile, unreadable::add);
    if (!allowEmpty
        && InputFiles.refuseEmptyFolders(
            inputs, InputFiles::isRecordFile, "record file (.yaml, .yml, .json)", err)) {
      return ExitCodes.BAD_INPUT;
    }
    boolean intoFolder = formats.size() > 1 || (output != null && Files.isDirectory(output));
    if (intoFolder && output == null) {
      err.println("--format " + formats + ": several formats need -o FOLDER to write them into");
      return ExitCodes.BAD_INPUT;
    }
    if (output != null) {
      List<Path> read = new ArrayList<>(inputs);
      read.addAll(files);
      read.addAll(reviewerOptions.rules);
      if (reviewerOptions.config != null) {
        read.add(reviewerOptions.config);
      }
      Optional<String> refusal =
          intoFolder
              ? ReportFiles.refusal(output, formats, read)
              : OutputFile.refusal(output, read);
      if (refusal.isPresent()) {
        err.println(refusal.get());
        return ExitCodes.BAD_INPUT;
      }
    }
    Reviewer reviewer = reviewerOptions.build();
    reviewer.getWarnings().forEach(warning -> err.println("warning: " + warning));
    // Built before any file is read, so that a bad lexicon stops the review at once.
    StatementReader statements = statementOptions.reader(reviewerOptions.configLexicons());
    List<ReviewReport> reviewed = new ArrayList<>();
    List<ReviewFailure> failures = new ArrayList<>();
    // A subfolder that could not be read is an input that could not be reviewed.
    unreadable.forEach(
        line -> {
          err.println(line);
          failures.add(ReviewFailure.of(line.substring(0, Math.max(0, line.indexOf(": "))), line));
        });
    inputCount = files.size();
    long started = System.nanoTime();
    RecordReader reader = RecordReader.create();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      try {
        ReviewReport report = reviewer.review(read(file, reader, statements, err));
        reviewed.add(report.withFile(file.toString(), OutcomeLines.of(file, report)));
        reviewedSoFar++;
      } catch (CbcfException e) {
        if (e.getProblems().isEmpty()) {
          err.println(
              Problem.oneLine(
                  e instanceof ReviewException ? file + ": " + e.getMessage() : e.getMessage()));
        } else {
          Cbcf.printProblems(err, e);
        }
        failures.add(ReviewFailure.of(file.toString(), e));
      } catch (UncheckedIOException e) {
        err.println(Problem.oneLine(String.valueOf(e.getMessage())));
        failures.add(ReviewFailure.of(file.toString(), String.valueOf(e.getMessage())));
      }
      if (files.size() > 1 && (System.nanoTime() - started) / 1_000_000 > QUIET_MILLIS) {
        err.println("[" + (i + 1) + "/" + files.size() + "] " + file);
      }
    }
    Baseline known;
    try {
      reviewed = WaiverFiles.apply(reviewed, waivers, LocalDate.now(), err);
      known = baseline == null ? null : Baseline.read(baseline);
    } catch (WaiverException | BaselineException e) {
      Cbcf.printProblems(err, e);
      return ExitCodes.BAD_INPUT;
    }
    if (known != null) {
      reviewed = known.mark(reviewed);
    }
    ReportOptions options =
        ReportOptions.defaults().colour(colours()).includePersonalData(includePersonalData);
    if (output != null && reviewed.isEmpty() && !failures.isEmpty()) {
      // A report of nothing must not replace a report of something.
      err.println(output + ": not written, as no input could be reviewed; the old file is kept");
    } else if (intoFolder) {
      ReportFiles.write(output, formats, reviewed, failures, reviewer.getRules(), options);
    } else {
      String report = formats.get(0).render(reviewed, failures, reviewer.getRules(), options);
      if (output == null) {
        PrintWriter out = colours() && parent != null ? parent.rawOut : spec.commandLine().getOut();
        out.print(report);
        out.flush();
      } else {
        OutputFile.write(output, report, "the report");
      }
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

  private static ForumRecord read(
      Path file, RecordReader reader, StatementReader statements, PrintWriter err) {
    if (!Statements.isStatement(file)) {
      return reader.read(file);
    }
    ImportResult imported = statements.read(file);
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

  /** A raised finding at or above the threshold; after a baseline, only one that is new. */
  private boolean failsThreshold(Finding finding) {
    return finding.getStatus() == FindingStatus.RAISED
        && finding.getSeverity().isAtLeast(failOn)
        && finding.getNewSinceBaseline().orElse(true);
  }

  private boolean colours() {
    return formats.size() == 1
        && formats.get(0) == ReportFormat.TEXT
        && switch (colour) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO ->
              output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        };
  }
}
