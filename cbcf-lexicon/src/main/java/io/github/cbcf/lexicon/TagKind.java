package io.github.cbcf.lexicon;

/** What a lexicon entry tags: the subject of an outcome, or a qualifier that limits it. */
public enum TagKind {
  /** A subject code, such as {@code data.information-sharing}. */
  SUBJECT,
  /** A qualifier kind, such as {@code DOMESTIC_LAW}. */
  QUALIFIER
}
