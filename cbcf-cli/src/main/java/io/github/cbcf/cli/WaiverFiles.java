package io.github.cbcf.cli;

import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.WaiverResult;
import io.github.cbcf.rules.Waivers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and applies waiver files: the one given with {@code --waivers} to every report, or else the
 * {@code cbcf-waivers.yaml} next to each reviewed file to the reports of that folder.
 */
final class WaiverFiles {
  private WaiverFiles() {}

  /**
   * @return the reports in the same order, waivers applied; expired and stale waivers printed as
   *     warnings
   * @throws io.github.cbcf.rules.WaiverException when a waiver file is broken
   */
  static List<ReviewReport> apply(
      List<ReviewReport> reports, Path given, LocalDate today, PrintWriter err) {
    if (given != null) {
      return applied(Waivers.read(given), reports, today, err);
    }
    Map<Path, List<Integer>> byFolder = new LinkedHashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      Path file = Path.of(reports.get(i).getRecord().getFile().orElse("."));
      Path folder = file.toAbsolutePath().normalize().getParent();
      byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(i);
    }
    List<ReviewReport> result = new ArrayList<>(reports);
    for (Map.Entry<Path, List<Integer>> folder : byFolder.entrySet()) {
      Path waiverFile = folder.getKey() == null ? null : folder.getKey().resolve(Waivers.FILE_NAME);
      if (waiverFile == null || !Files.isRegularFile(waiverFile)) {
        continue;
      }
      // Named as the user named the records, so that messages point where they looked.
      Path shown =
          Path.of(reports.get(folder.getValue().get(0)).getRecord().getFile().orElse("."))
              .resolveSibling(Waivers.FILE_NAME);
      Waivers waivers = Waivers.read(Files.exists(shown) ? shown : waiverFile);
      List<ReviewReport> subset = folder.getValue().stream().map(reports::get).toList();
      List<ReviewReport> applied = applied(waivers, subset, today, err);
      for (int j = 0; j < applied.size(); j++) {
        result.set(folder.getValue().get(j), applied.get(j));
      }
    }
    return result;
  }

  private static List<ReviewReport> applied(
      Waivers waivers, List<ReviewReport> reports, LocalDate today, PrintWriter err) {
    WaiverResult result = waivers.apply(reports, today);
    result.getWarnings().forEach(w -> err.println("warning: " + w));
    return result.getReports();
  }
}
