package io.github.cbcf.lexicon;

import java.util.Objects;

/**
 * A phrase of a lexicon entry as written in its file: the words, how many words may come between
 * them, and its line. A negative context is a phrase too.
 */
public final class LexiconPhrase {
  private final String text;
  private final int gap;
  private final int line;

  LexiconPhrase(String text, int gap, int line) {
    this.text = Objects.requireNonNull(text);
    this.gap = gap;
    this.line = line;
  }

  /**
   * @return the phrase as written, without its gap marker; {@code ...} marks where other words may
   *     come
   */
  public String getText() {
    return text;
  }

  /**
   * @return how many other words may come between two of the phrase's words (only at {@code ...}
   *     when the phrase has one)
   */
  public int getGap() {
    return gap;
  }

  /**
   * @return the 1-based line of the phrase in its file
   */
  public int getLine() {
    return line;
  }

  @Override
  public String toString() {
    return gap == 0 ? text : text + " ~" + gap;
  }
}
