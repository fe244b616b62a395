package io.github.cbcf.maven;

import io.github.cbcf.Problem;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.WaiverResult;
import io.github.cbcf.rules.Waivers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The waivers the check applies, found as {@code cbcf review} finds them: the file named by the
 * {@code waivers} parameter for every report, or else the {@code cbcf-waivers.yaml} in the folder
 * of each reviewed file for the reports of that folder.
 */
final class FolderWaivers {
  /** The reports with waived findings marked, and the expired and stale waivers to warn about. */
  record Applied(List<ReviewReport> reports, List<Problem> warnings) {}

  private FolderWaivers() {}

  /**
   * @param reports reports whose record file is relative to {@code base}, as the check names them
   * @throws io.github.cbcf.rules.WaiverException when a waiver file is broken
   */
  static Applied apply(
      List<ReviewReport> reports, Path base, Optional<Path> given, LocalDate today) {
    if (given.isPresent()) {
      WaiverResult result = Waivers.read(given.get()).apply(reports, today);
      return new Applied(result.getReports(), result.getWarnings());
    }
    // Folder by folder, each report keeps its place in the list.
    TreeMap<Path, List<Integer>> positions = new TreeMap<>();
    for (int i = 0; i < reports.size(); i++) {
      Path file = base.resolve(reports.get(i).getRecord().getFile().orElse("."));
      positions.computeIfAbsent(file.getParent(), folder -> new ArrayList<>()).add(i);
    }
    List<ReviewReport> marked = new ArrayList<>(reports);
    List<Problem> warnings = new ArrayList<>();
    positions.forEach(
        (folder, indexes) -> {
          Path file = folder.resolve(Waivers.FILE_NAME);
          if (Files.isRegularFile(file)) {
            WaiverResult result =
                Waivers.read(file).apply(indexes.stream().map(reports::get).toList(), today);
            for (int j = 0; j < indexes.size(); j++) {
              marked.set(indexes.get(j), result.getReports().get(j));
            }
            warnings.addAll(result.getWarnings());
          }
        });
    return new Applied(List.copyOf(marked), List.copyOf(warnings));
  }
}
