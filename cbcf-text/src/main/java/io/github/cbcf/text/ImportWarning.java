package io.github.cbcf.text;

import io.github.cbcf.model.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the import could not decide and a person should check: an outcome with no verb of the
 * lexicon, a meeting fact the statement does not give, a group phrase that names members the record
 * cannot hold.
 */
public final class ImportWarning {
  private final String message;
  private final SourceSpan location;

  private ImportWarning(String message, SourceSpan location) {
    this.message = Objects.requireNonNull(message, "message");
    this.location = location;
  }

  /**
   * Creates a warning about a place in the text.
   *
   * @param message what to check
   * @param location where, or null for the whole statement
   * @return the warning
   */
  public static ImportWarning of(String message, SourceSpan location) {
    return new ImportWarning(message, location);
  }

  /**
   * @return what a person should check, and what to do
   */
  public String getMessage() {
    return message;
  }

  /**
   * @return where in the extracted text, when the warning is about a place
   */
  public Optional<SourceSpan> getLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * @return {@code line N: message}, or the message alone
   */
  @Override
  public String toString() {
    return location == null ? message : "line " + location.getLine() + ": " + message;
  }
}
