package io.github.cbcf.maven;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.StatementReader;
import io.github.cbcf.text.Statements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and reviews each file with the library: records through {@link RecordReader}, statements
 * through the importer (with the project's lexicons). Every file is tried, so that one build lists
 * every bad file at once.
 */
final class FolderReview {
  /** What the review gave: a report for each good file, and the problems of the bad ones. */
  record Outcome(List<ReviewReport> reports, List<String> problems) {}

  private FolderReview() {}

  static Outcome of(
      List<Path> files,
      Path base,
      Reviewer reviewer,
      StatementReader statements,
      Consumer<String> warn) {
    RecordReader reader = RecordReader.create();
    List<ReviewReport> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String shown = base.relativize(file).toString();
      try {
        ForumRecord record;
        if (Statements.isStatement(file)) {
          ImportResult imported = statements.read(file);
          imported
              .getWarnings()
              .forEach(
                  w ->
                      warn.accept(
                          shown
                              + ":"
                              + w.getLocation().map(l -> l.getLine() + ": ").orElse(" ")
                              + w.getMessage()));
          record = imported.getRecord();
        } else {
          record = reader.read(file);
        }
        reports.add(reviewer.review(record).withFile(shown));
      } catch (CbcfException e) {
        if (e.getProblems().isEmpty()) {
          problems.add(
              e.getMessage().startsWith(file.toString())
                  ? e.getMessage()
                  : file + ": " + e.getMessage());
        } else {
          e.getProblems().stream().map(Problem::toString).forEach(problems::add);
        }
      }
    }
    return new Outcome(List.copyOf(reports), List.copyOf(problems));
  }
}
