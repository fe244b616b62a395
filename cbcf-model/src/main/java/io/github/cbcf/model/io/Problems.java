package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far in one file, each placed at a line and column. */
final class Problems {
  private final String source;
  private final List<RecordProblem> found = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  void add(JsonLocation location, String path, String message) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    found.add(new RecordProblem(source, line, column, path, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidRecordException(source, found.stream().sorted().distinct().toList());
    }
  }
}
