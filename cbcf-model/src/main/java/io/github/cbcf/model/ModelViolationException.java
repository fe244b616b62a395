package io.github.cbcf.model;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a model value is built with broken invariants. It carries every broken invariant
 * found in the value, not only the first, each as a {@link Problem} whose path is relative to the
 * value, so that a user can fix them all at once.
 */
public final class ModelViolationException extends CbcfException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for value types outside this module, so that their checks report field
   * paths too.
   *
   * @param typeName the simple name of the type being built
   * @param problems every broken invariant; at least one
   * @return the exception, to throw
   */
  public static ModelViolationException of(String typeName, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ModelViolationException needs at least one problem");
    }
    return new ModelViolationException(typeName, problems);
  }

  ModelViolationException(String typeName, List<Problem> problems) {
    super(
        "Invalid "
            + typeName
            + ": "
            + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")),
        problems,
        true);
  }
}
