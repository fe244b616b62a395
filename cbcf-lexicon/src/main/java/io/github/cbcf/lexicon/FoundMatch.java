package io.github.cbcf.lexicon;

import io.github.cbcf.model.QualifierKind;
import java.util.Objects;
import java.util.Optional;

/** A match of one entry at one place in a text. */
final class FoundMatch implements LexiconMatch {
  private final LexiconEntry entry;
  private final String words;
  private final int start;
  private final int end;

  FoundMatch(LexiconEntry entry, String words, int start, int end) {
    this.entry = entry;
    this.words = words;
    this.start = start;
    this.end = end;
  }

  @Override
  public String getCode() {
    return entry.getCode();
  }

  @Override
  public TagKind getKind() {
    return entry.getKind();
  }

  @Override
  public Optional<QualifierKind> getQualifierKind() {
    return entry.getQualifierKind();
  }

  @Override
  public String getLabel() {
    return entry.getLabel();
  }

  @Override
  public String getEntry() {
    return entry.getReference();
  }

  @Override
  public String getWords() {
    return words;
  }

  @Override
  public int getStart() {
    return start;
  }

  @Override
  public int getEnd() {
    return end;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FoundMatch
        && ((FoundMatch) other).entry == entry
        && ((FoundMatch) other).start == start
        && ((FoundMatch) other).end == end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entry.getReference(), start, end);
  }

  @Override
  public String toString() {
    return getCode() + " \"" + words + "\" [" + start + "," + end + ") " + getEntry();
  }
}
