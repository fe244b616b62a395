package io.github.cbcf.cli;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.RecordFormat;
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
import java.io.BufferedReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
          "Record files (.yaml, .yml, .json), JSON Lines files of records (.jsonl, one record a"
              + " line, read one at a time) or folders of them, or statements (.txt, .md, .html,"
              + " .htm, .pdf), which are imported first.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text, json, markdown, html, sarif, junit or jsonl (JSON Lines, one line per record,"
              + " written as each is reviewed; default: ${DEFAULT-VALUE}).")
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

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Reviewer reviewer = reviewerOptions.build();
    reviewer.getWarnings().forEach(warning -> err.println("warning: " + warning));
    List<Path> files = InputFiles.expand(inputs, f -> InputFiles.isRecordFile(f) || isJsonLines(f));
    // A format that streams writes each report as it comes, so no report is kept.
    List<ReviewReport> reviewed = format.streams() ? null : new ArrayList<>();
    Progress progress = new Progress(err, files.size());
    boolean badInput = false;
    boolean reachedThreshold = false;
    // Only a streaming format opens the output before the end: the others write it whole, once
    // every record is reviewed.
    try (Writer out = format.streams() ? openOutput() : Writer.nullWriter()) {
      RecordReader reader = RecordReader.create();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        progress.file = i + 1;
        if (isJsonLines(file)) {
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
                ReviewReport report = reviewer.review(record).withFile(name);
                reachedThreshold |= write(report, out, reviewed);
              } catch (InvalidRecordException e) {
                Cbcf.printProblems(err, e);
                badInput = true;
              } catch (ReviewException e) {
                err.println(name + ": " + e.getMessage());
                badInput = true;
              }
              progress.reviewed(name);
            }
          } catch (IOException e) {
            err.println(file + ": cannot be read (" + e.getMessage() + "); check the path");
            badInput = true;
          }
          continue;
        }
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
          reachedThreshold |=
              write(reviewer.review(record).withFile(file.toString()), out, reviewed);
        } catch (InvalidRecordException e) {
          Cbcf.printProblems(err, e);
          badInput = true;
        } catch (StatementException e) {
          err.println(e.getMessage());
          badInput = true;
        } catch (ReviewException e) {
          err.println(file + ": " + e.getMessage());
          badInput = true;
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
    if (reviewed != null) {
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
    }
    if (badInput) {
      return ExitCodes.BAD_INPUT;
    }
    return reachedThreshold ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static boolean isJsonLines(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /** Standard output (left open), or the output file. */
  private Writer openOutput() throws IOException {
    if (output != null) {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    return new FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }

  /**
   * Writes a report now if the format streams, else keeps it for the end.
   *
   * @return whether it holds a finding at or above {@code --fail-on}
   */
  private boolean write(ReviewReport report, Writer out, List<ReviewReport> reviewed)
      throws IOException {
    if (reviewed == null) {
      out.write(format.renderRecord(report));
      out.flush();
    } else {
      reviewed.add(report);
    }
    return failOn != null && report.getFindings().stream().anyMatch(this::failsThreshold);
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
