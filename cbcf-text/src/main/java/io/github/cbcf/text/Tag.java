package io.github.cbcf.text;

import io.github.cbcf.model.QualifierKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject or qualifier an {@link OutcomeTagger} found in the text: its code or qualifier kind,
 * the words and their offsets in the extracted text, and the lexicon entry that matched.
 */
public final class Tag {
  private final String subject;
  private final QualifierKind qualifier;
  private final int start;
  private final int end;
  private final String entry;
  private final String label;

  private Tag(
      String subject, QualifierKind qualifier, int start, int end, String entry, String label) {
    if (end <= start) {
      throw new IllegalArgumentException(
          "a tag needs words: end " + end + " must be greater than start " + start);
    }
    this.subject = subject;
    this.qualifier = qualifier;
    this.start = start;
    this.end = end;
    this.entry = Objects.requireNonNull(entry, "entry");
    this.label = label;
  }

  /**
   * A subject found in the text.
   *
   * @param code the subject code, for example {@code data.information-sharing}
   * @param start offset of the first character of the words
   * @param end offset past their last character
   * @param entry the lexicon entry, for example {@code subjects.en.tsv:12 information sharing}
   * @return the tag
   */
  public static Tag subject(String code, int start, int end, String entry) {
    return new Tag(Objects.requireNonNull(code, "code"), null, start, end, entry, null);
  }

  /**
   * A subject found in the text, with the label of the entry that found it; the import declares a
   * code outside the built-in catalogue (a house code) in the record under this label.
   *
   * @param code the subject code, for example {@code house.export-controls}
   * @param label the entry's label, for example {@code Export controls}
   * @param start offset of the first character of the words
   * @param end offset past their last character
   * @param entry the lexicon entry, for example {@code house.lexicon:3 house.export-controls}
   * @return the tag
   */
  public static Tag subject(String code, String label, int start, int end, String entry) {
    return new Tag(
        Objects.requireNonNull(code, "code"),
        null,
        start,
        end,
        entry,
        Objects.requireNonNull(label, "label"));
  }

  /**
   * A qualifier found in the text.
   *
   * @param kind the qualifier's kind
   * @param start offset of the first character of the words
   * @param end offset past their last character
   * @param entry the lexicon entry
   * @return the tag
   */
  public static Tag qualifier(QualifierKind kind, int start, int end, String entry) {
    return new Tag(null, Objects.requireNonNull(kind, "kind"), start, end, entry, null);
  }

  /**
   * @return the subject code, when this is a subject
   */
  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  /**
   * @return the qualifier kind, when this is a qualifier
   */
  public Optional<QualifierKind> getQualifier() {
    return Optional.ofNullable(qualifier);
  }

  /**
   * @return offset of the first character of the words
   */
  public int getStart() {
    return start;
  }

  /**
   * @return offset past the last character of the words
   */
  public int getEnd() {
    return end;
  }

  /**
   * @return the label of the entry that found a subject, when the tagger gave one
   */
  public Optional<String> getLabel() {
    return Optional.ofNullable(label);
  }

  /**
   * @return the lexicon entry that matched
   */
  public String getEntry() {
    return entry;
  }
}
