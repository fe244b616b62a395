package io.github.cbcf.lexicon;

import io.github.cbcf.model.QualifierKind;
import java.util.Optional;

/**
 * One place in a text where a lexicon entry's phrase was found: the code it indicates and the words
 * as evidence.
 */
public interface LexiconMatch {
  /**
   * @return the subject code, or the qualifier kind's name for a qualifier
   */
  String getCode();

  /**
   * @return whether the match indicates a subject or a qualifier
   */
  TagKind getKind();

  /**
   * @return the qualifier kind, for a qualifier; empty for a subject
   */
  Optional<QualifierKind> getQualifierKind();

  /**
   * @return the label of the entry that matched, for example "Export controls"
   */
  String getLabel();

  /**
   * @return the entry that matched, as {@code file:line code} with the line of the entry's header,
   *     for example {@code en.lexicon:42 data.information-sharing}
   */
  String getEntry();

  /**
   * @return the exact source words from the first to the last matched word
   */
  String getWords();

  /**
   * @return the offset in the searched text of the first matched character
   */
  int getStart();

  /**
   * @return the offset in the searched text just after the last matched character
   */
  int getEnd();
}
