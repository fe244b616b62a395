package io.github.cbcf.cli;

import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.reports.ReportOptions;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one report file per format into a folder, named by {@link ReportFormat#fileName()}. */
final class ReportFiles {
  private ReportFiles() {}

  static void write(
      Path folder,
      List<ReportFormat> formats,
      List<ReviewReport> reports,
      List<RuleDescription> rules,
      ReportOptions options) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          folder + ": the report folder could not be created (" + e.getMessage() + ")", e);
    }
    for (ReportFormat format : formats.stream().distinct().toList()) {
      Path file = folder.resolve(format.fileName());
      // Colour is for a terminal, never for a file.
      String report = format.render(reports, rules, options.colour(false));
      try {
        Files.writeString(file, report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            file + ": the report could not be written (" + e.getMessage() + ")", e);
      }
    }
  }
}
