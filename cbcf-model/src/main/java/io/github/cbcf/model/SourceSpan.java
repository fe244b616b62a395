package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where a piece of text stands in the source document: character offsets (UTF-16 code units, as
 * {@link String#substring(int, int)} counts them; end exclusive) and the 1-based line it starts on.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceSpan.class)
@JsonDeserialize(as = ImmutableSourceSpan.class)
public interface SourceSpan {
  /**
   * @return offset of the first character
   */
  int getStart();

  /**
   * @return offset just past the last character
   */
  int getEnd();

  /**
   * @return the 1-based line on which the text starts
   */
  int getLine();

  /**
   * Creates a span.
   *
   * @param start offset of the first character
   * @param end offset past the last character
   * @param line 1-based line of the first character
   * @return the span
   */
  static SourceSpan of(int start, int end, int line) {
    return new Builder().start(start).end(end).line(line).build();
  }

  /**
   * Finds where {@code text} stands in {@code source}, the first time it occurs.
   *
   * @param source the whole source text
   * @param text the text to find
   * @return the span of its first occurrence
   * @throws IllegalArgumentException when the text does not occur in the source
   */
  static SourceSpan locate(String source, String text) {
    int start = source.indexOf(text);
    if (start < 0 || text.isEmpty()) {
      throw new IllegalArgumentException("text does not occur in the source: " + text);
    }
    return of(start, start + text.length(), SourceDocument.lineAt(source, start));
  }

  /**
   * @return the number of characters covered
   */
  default int length() {
    return getEnd() - getStart();
  }

  @Value.Check
  default void check() {
    Invariants.of("SourceSpan")
        .require(getStart() >= 0, "start", "must be 0 or more, got " + getStart())
        .require(
            getEnd() > getStart(),
            "end",
            "must be greater than start (" + getStart() + "), got " + getEnd())
        .require(getLine() >= 1, "line", "must be 1 or more, got " + getLine())
        .throwIfBroken();
  }

  /** Builds a {@link SourceSpan}. */
  class Builder extends ImmutableSourceSpan.Builder {}
}
