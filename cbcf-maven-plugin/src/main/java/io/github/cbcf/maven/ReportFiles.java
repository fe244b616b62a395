package io.github.cbcf.maven;

import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The report files the check writes: one per chosen format, named {@code cbcf-report.EXT}. */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * @param formats a comma-separated list such as {@code html,sarif}
   * @throws IllegalArgumentException naming the unknown format and the known ones
   */
  static Set<ReportFormat> parse(String formats) {
    Set<ReportFormat> parsed = new LinkedHashSet<>();
    for (String name : formats.split(",")) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        parsed.add(ReportFormat.valueOf(trimmed.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "formats: unknown report format '"
                + trimmed
                + "'; use text, json, markdown, html, sarif or junit, separated by commas",
            e);
      }
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException(
          "formats: no report format given; use for example html,sarif");
    }
    return parsed;
  }

  /** Writes each report beside a temporary file and moves it in place, so none is half written. */
  static List<Path> write(
      Set<ReportFormat> formats,
      List<ReviewReport> reports,
      List<RuleDescription> rules,
      Path folder)
      throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      Path target = folder.resolve(format.fileName());
      Path partial = folder.resolve(target.getFileName() + ".partial");
      Files.writeString(partial, format.render(reports, rules), StandardCharsets.UTF_8);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      written.add(target);
    }
    return written;
  }
}
