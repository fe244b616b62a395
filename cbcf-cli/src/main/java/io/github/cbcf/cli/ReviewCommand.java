package io.github.cbcf.cli;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordFormat;
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
import io.github.cbcf.rules.Waivers;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.Statements;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
          "Record files (.yaml, .yml, .json), JSON Lines files of records (.jsonl, one record a"
              + " line, read one at a time) or folders of them, or statements (.txt, .md, .html,"
              + " .htm, .pdf), which are imported first.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "text",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "text, json, markdown, html, sarif, junit or jsonl (JSON Lines, one line per record,"
              + " written as each is reviewed; default: ${DEFAULT-VALUE}); several,"
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
    List<Path> files = InputFiles.expand(inputs, ReviewCommand::isInput, unreadable::add);
    if (!allowEmpty
        && InputFiles.refuseEmptyFolders(
            inputs, ReviewCommand::isInput, "record file (.yaml, .yml, .json, .jsonl)", err)) {
      return ExitCodes.BAD_INPUT;
    }
    boolean streaming = formats.stream().anyMatch(ReportFormat::streams);
    if (streaming && formats.size() > 1) {
      err.println(
          "--format " + formats + ": jsonl is written as records are reviewed; give it alone");
      return ExitCodes.BAD_INPUT;
    }
    if (streaming && (waivers != null || baseline != null || waiverFileBeside(files))) {
      err.println(
          "--format jsonl: waivers and baselines need the whole run (a waiver that matches nothing"
              + " is only known at the end); use --format json");
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
    List<Path> configLexicons = reviewerOptions.configLexicons();
    statementOptions.reader(configLexicons);
    ReportOptions options =
        ReportOptions.defaults().colour(colours()).includePersonalData(includePersonalData);
    Run run = new Run(streaming ? formats.get(0) : null, options);
    // A subfolder that could not be read is an input that could not be reviewed.
    unreadable.forEach(
        line -> {
          err.println(line);
          run.failed(ReviewFailure.of(line.substring(0, Math.max(0, line.indexOf(": "))), line));
        });
    inputCount = files.size();
    Progress progress = new Progress(err, files.size());
    RecordReader reader = RecordReader.create();
    try (run) {
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        progress.file = i + 1;
        if (isJsonLines(file)) {
          reviewLines(file, reader, reviewer, run, progress, err);
          continue;
        }
        try {
          ReviewReport report =
              reviewer.review(read(file, reader, statementOptions, configLexicons, err));
          run.reviewed(report.withFile(file.toString(), OutcomeLines.of(file, report)));
          reviewedSoFar++;
        } catch (CbcfException e) {
          printFailure(err, file.toString(), e);
          run.failed(ReviewFailure.of(file.toString(), e));
        } catch (UncheckedIOException e) {
          err.println(Problem.oneLine(String.valueOf(e.getMessage())));
          run.failed(ReviewFailure.of(file.toString(), String.valueOf(e.getMessage())));
        }
        progress.reviewed(file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          (output == null ? "standard output" : output.toString())
              + ": the report could not be written ("
              + e.getMessage()
              + ")",
          e);
    }
    if (streaming) {
      return run.failures.isEmpty()
          ? (run.reachedThreshold ? ExitCodes.FINDINGS : ExitCodes.OK)
          : ExitCodes.BAD_INPUT;
    }
    List<ReviewReport> reviewed = run.reports;
    List<ReviewFailure> failures = run.failures;
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

  /** Reviews a JSON Lines file one record at a time; a broken line is one failure, not the file. */
  private void reviewLines(
      Path file,
      RecordReader reader,
      Reviewer reviewer,
      Run run,
      Progress progress,
      PrintWriter err)
      throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String name = file + ":" + number;
        try {
          ForumRecord record = reader.read(line, name, RecordFormat.JSON);
          run.reviewed(reviewer.review(record).withFile(name));
          reviewedSoFar++;
        } catch (CbcfException e) {
          printFailure(err, name, e);
          run.failed(ReviewFailure.of(name, e));
        }
        progress.reviewed(name);
      }
    } catch (IOException | UncheckedIOException e) {
      String reason = file + ": could not be read (" + e.getMessage() + "); check the path";
      err.println(Problem.oneLine(reason));
      run.failed(ReviewFailure.of(file.toString(), reason));
    }
  }

  private static void printFailure(PrintWriter err, String place, CbcfException e) {
    if (e.getProblems().isEmpty()) {
      err.println(
          Problem.oneLine(
              e instanceof ReviewException ? place + ": " + e.getMessage() : e.getMessage()));
    } else {
      Cbcf.printProblems(err, e);
    }
  }

  private static boolean isInput(Path file) {
    return InputFiles.isRecordFile(file) || isJsonLines(file);
  }

  private static boolean isJsonLines(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  private static boolean waiverFileBeside(List<Path> files) {
    return files.stream()
        .map(f -> f.toAbsolutePath().getParent())
        .distinct()
        .anyMatch(folder -> folder != null && Files.exists(folder.resolve(Waivers.FILE_NAME)));
  }

  /**
   * What a run has produced so far: with a streaming format, lines written as they come (to a
   * temporary file moved into place at the end, when {@code -o} is given); otherwise reports kept
   * for the end.
   */
  private final class Run implements AutoCloseable {
    private final ReportFormat stream;
    private final ReportOptions options;
    private final List<ReviewReport> reports = new ArrayList<>();
    private final List<ReviewFailure> failures = new ArrayList<>();
    private Writer out;
    private Path temporary;
    private int written;
    private boolean reachedThreshold;

    Run(ReportFormat stream, ReportOptions options) {
      this.stream = stream;
      this.options = options;
    }

    void reviewed(ReviewReport report) throws IOException {
      if (stream == null) {
        reports.add(report);
        return;
      }
      writer().write(stream.renderRecord(report, options));
      out.flush();
      written++;
      reachedThreshold |=
          failOn != null
              && report.getFindings().stream().anyMatch(ReviewCommand.this::failsThreshold);
    }

    void failed(ReviewFailure failure) {
      failures.add(failure);
      if (stream != null) {
        try {
          writer().write(stream.renderFailure(failure));
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private Writer writer() throws IOException {
      if (out == null) {
        if (output == null) {
          out = spec.commandLine().getOut();
        } else {
          temporary = OutputFile.temporaryBeside(output);
          out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        }
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      if (out == null) {
        return;
      }
      out.flush();
      if (temporary == null) {
        return;
      }
      out.close();
      if (written == 0 && !failures.isEmpty()) {
        // A stream of nothing but failures must not replace a report of something.
        Files.deleteIfExists(temporary);
        spec.commandLine()
            .getErr()
            .println(output + ": not written, as no input could be reviewed; the old file is kept");
        return;
      }
      OutputFile.moveIntoPlace(temporary, output);
    }
  }

  /** Progress on standard error, at most once a second, once a review takes longer than that. */
  private static final class Progress {
    private final PrintWriter err;
    private final int files;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private long records;
    int file;

    Progress(PrintWriter err, int files) {
      this.err = err;
      this.files = files;
    }

    void reviewed(String name) {
      records++;
      long now = System.nanoTime();
      if ((files > 1 || records > 1)
          && (now - started) / 1_000_000 > QUIET_MILLIS
          && (now - lastShown) / 1_000_000 >= 1000) {
        lastShown = now;
        if (records == file) {
          err.println("[" + file + "/" + files + "] " + name);
        } else {
          err.println("[" + file + "/" + files + ", " + records + " records] " + name);
        }
        err.flush();
      }
    }
  }

  private static ForumRecord read(
      Path file,
      RecordReader reader,
      ImportCommand.StatementOptions statements,
      List<Path> configLexicons,
      PrintWriter err) {
    if (!Statements.isStatement(file)) {
      return reader.read(file);
    }
    ImportResult imported = statements.read(file, configLexicons);
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
