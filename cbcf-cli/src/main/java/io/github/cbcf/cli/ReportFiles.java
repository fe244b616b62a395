package io.github.cbcf.cli;

import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.reports.ReportOptions;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes one report file per format into a folder, named by {@link ReportFormat#fileName()}, each
 * whole or not at all.
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * @return why one of the files to write may not be written (it is an input of the run), or empty
   */
  static Optional<String> refusal(
      Path folder, List<ReportFormat> formats, Collection<Path> inputs) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      return Optional.of(folder + ": is a file; several formats need -o FOLDER");
    }
    if (!Files.isDirectory(folder)) {
      // Created when the reports are written; no input can stand in it yet.
      return Optional.empty();
    }
    for (ReportFormat format : formats) {
      Optional<String> refusal = OutputFile.refusal(folder.resolve(format.fileName()), inputs);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  static void write(
      Path folder,
      List<ReportFormat> formats,
      List<ReviewReport> reports,
      List<ReviewFailure> failures,
      List<RuleDescription> rules,
      ReportOptions options) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          folder + ": the report folder could not be created (" + e.getMessage() + ")", e);
    }
    for (ReportFormat format : formats.stream().distinct().toList()) {
      // Colour is for a terminal, never for a file.
      String report = format.render(reports, failures, rules, options.colour(false));
      OutputFile.write(folder.resolve(format.fileName()), report, "the " + format + " report");
    }
  }
}
