package io.github.cbcf.model;

import java.util.Objects;

/**
 * One broken invariant of a model value: where it is, as a field path relative to the value that was being
 * built (for example {@code outcomes[3].section}), and a sentence that says what to fix.
 */
public final class Violation {
  private final String path;
  private final String message;

  private Violation(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a violation.
   *
   * @param path field path relative to the value being built; empty for the value itself
   * @param message what is wrong and what to do about it
   * @return the violation
   */
  public static Violation of(String path, String message) {
    return new Violation(path, message);
  }

  /** @return the field path relative to the value being built; empty for the value itself */
  public String getPath() {
    return path;
  }

  /** @return what is wrong and what to do about it */
  public String getMessage() {
    return message;
  }

  /**
   * Returns this violation as seen from an enclosing value.
   *
   * @param prefix the path of the value this violation was found in, within the enclosing value
   * @return the same violation with its path prefixed
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    return new Violation(path.isEmpty() ? prefix : prefix + "." + path, message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && ((Violation) other).path.equals(path)
        && ((Violation) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
