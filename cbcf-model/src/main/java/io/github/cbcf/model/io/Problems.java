package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.cbcf.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The problems found so far in one file, each placed at a line and column. */
final class Problems {
  private final String file;
  private final List<Problem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(JsonLocation location, String path, String message) {
    add(location, path, message, Optional.empty());
  }

  void add(JsonLocation location, String path, String message, Optional<String> suggestion) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    Problem problem = Problem.at(file, line, column, path, message);
    found.add(suggestion.map(problem::withSuggestion).orElse(problem));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidRecordException(file, found.stream().sorted().distinct().toList());
    }
  }
}
