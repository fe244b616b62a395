package io.github.cbcf.model;

import io.github.cbcf.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one value's checks so that all of them are reported together. */
final class Invariants {
  private final String typeName;
  private final List<Problem> violations = new ArrayList<>();

  private Invariants(String typeName) {
    this.typeName = typeName;
  }

  static Invariants of(String typeName) {
    return new Invariants(typeName);
  }

  Invariants require(boolean holds, String path, String message) {
    if (!holds) {
      violations.add(Problem.of(path, message));
    }
    return this;
  }

  Invariants requireText(String value, String path) {
    return require(!value.isBlank(), path, "must not be blank: write the text out");
  }

  void throwIfBroken() {
    if (!violations.isEmpty()) {
      throw new ModelViolationException(typeName, violations);
    }
  }
}
