package io.github.cbcf.maven;

import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The files of the review folder that the check reads: records and statements, in name order. */
final class ReviewInputs {
  /** Files that may sit beside the records but are not records (settings the check reads apart). */
  private static final Set<String> NOT_RECORDS = Set.of("cbcf-waivers.yaml", "cbcf-waivers.yml");

  private ReviewInputs() {}

  static List<Path> in(Path folder, Set<Path> alsoExcluded) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(ReviewInputs::isReviewed)
          .filter(file -> !alsoExcluded.contains(file.toAbsolutePath().normalize()))
          .sorted()
          .toList();
    }
  }

  static boolean isReviewed(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (NOT_RECORDS.contains(name)) {
      return false;
    }
    return name.endsWith(".yaml")
        || name.endsWith(".yml")
        || name.endsWith(".json")
        || Statements.isStatement(file);
  }
}
