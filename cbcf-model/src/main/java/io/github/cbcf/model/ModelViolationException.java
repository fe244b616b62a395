package io.github.cbcf.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a model value is built with broken invariants. It carries every violation found in the value,
 * not only the first, so that a user can fix them all at once.
 */
public final class ModelViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception for value types outside this module, so that their checks report field paths too.
   *
   * @param typeName the simple name of the type being built
   * @param violations every broken invariant; at least one
   * @return the exception, to throw
   */
  public static ModelViolationException of(String typeName, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ModelViolationException needs at least one violation");
    }
    return new ModelViolationException(typeName, violations);
  }

  ModelViolationException(String typeName, List<Violation> violations) {
    super("Invalid " + typeName + ": " + violations.stream().map(Violation::toString)
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /** @return every broken invariant, in the order they were checked */
  public List<Violation> getViolations() {
    return violations;
  }
}
