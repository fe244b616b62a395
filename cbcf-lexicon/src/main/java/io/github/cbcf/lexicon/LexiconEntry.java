package io.github.cbcf.lexicon;

import io.github.cbcf.model.QualifierKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a lexicon: the subject code or qualifier kind it indicates, its label, the phrases
 * that indicate it, the negative contexts in which those phrases do not count, and the file and
 * line it was read from.
 */
public final class LexiconEntry {
  private final TagKind kind;
  private final String code;
  private final String label;
  private final List<LexiconPhrase> phrases;
  private final List<LexiconPhrase> negativeContexts;
  private final String file;
  private final int line;

  LexiconEntry(
      TagKind kind,
      String code,
      String label,
      List<LexiconPhrase> phrases,
      List<LexiconPhrase> negativeContexts,
      String file,
      int line) {
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
    this.label = Objects.requireNonNull(label);
    this.phrases = List.copyOf(phrases);
    this.negativeContexts = List.copyOf(negativeContexts);
    this.file = Objects.requireNonNull(file);
    this.line = line;
  }

  /**
   * @return {@link TagKind#SUBJECT} or {@link TagKind#QUALIFIER}
   */
  public TagKind getKind() {
    return kind;
  }

  /**
   * @return the subject code, or the qualifier kind's name
   */
  public String getCode() {
    return code;
  }

  /**
   * @return the qualifier kind, for a qualifier entry
   */
  public Optional<QualifierKind> getQualifierKind() {
    return kind == TagKind.QUALIFIER ? Optional.of(QualifierKind.valueOf(code)) : Optional.empty();
  }

  /**
   * @return a short human label
   */
  public String getLabel() {
    return label;
  }

  /**
   * @return the phrases that indicate the entry, in file order
   */
  public List<LexiconPhrase> getPhrases() {
    return phrases;
  }

  /**
   * @return the contexts in which a phrase of this entry does not count, in file order
   */
  public List<LexiconPhrase> getNegativeContexts() {
    return negativeContexts;
  }

  /**
   * @return the file (or resource name) the entry was read from
   */
  public String getFile() {
    return file;
  }

  /**
   * @return the 1-based line of the entry's header
   */
  public int getLine() {
    return line;
  }

  /**
   * @return {@code file:line code}, the form a match names its entry by
   */
  public String getReference() {
    return file + ":" + line + " " + code;
  }

  @Override
  public String toString() {
    return getReference();
  }
}
