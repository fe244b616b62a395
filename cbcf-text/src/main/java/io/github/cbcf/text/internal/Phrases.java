package io.github.cbcf.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases matched at word boundaries, longest first, looked up by their first word so that matching
 * a text stays linear in its length.
 *
 * @param <V> what a phrase stands for
 */
final class Phrases<V> {
  /** A phrase and what it stands for. */
  static final class Entry<V> {
    final String words;
    final V value;
    final String source;

    Entry(String words, V value, String source) {
      this.words = words;
      this.value = value;
      this.source = source;
    }

    /**
     * @return the evidence entry: file, line and the phrase
     */
    String entry() {
      return source + " " + words;
    }
  }

  /** A phrase found in a text. */
  static final class Hit<V> {
    final Entry<V> entry;
    final int start;
    final int end;

    Hit(Entry<V> entry, int start, int end) {
      this.entry = entry;
      this.start = start;
      this.end = end;
    }

    V value() {
      return entry.value;
    }
  }

  private final boolean ignoreCase;
  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  Phrases(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  void add(String words, V value, String source) {
    addOne(words, value, source);
    // Typographic and typewriter apostrophes are both in use.
    if (words.indexOf('’') >= 0) {
      addOne(words.replace('’', '\''), value, source);
    } else if (words.indexOf('\'') >= 0) {
      addOne(words.replace('\'', '’'), value, source);
    }
  }

  private void addOne(String words, V value, String source) {
    List<Entry<V>> list = byFirstWord.computeIfAbsent(key(words, 0), k -> new ArrayList<>());
    list.add(new Entry<>(words, value, source));
    list.sort(Comparator.comparingInt((Entry<V> e) -> e.words.length()).reversed());
  }

  /**
   * The longest phrase that starts exactly at {@code at} and ends at a word boundary.
   *
   * @return the hit, or null
   */
  Hit<V> at(String text, int at) {
    if (at >= text.length() || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
      return null;
    }
    List<Entry<V>> candidates = byFirstWord.get(key(text, at));
    if (candidates == null) {
      return null;
    }
    for (Entry<V> candidate : candidates) {
      int end = at + candidate.words.length();
      if (end <= text.length()
          && text.regionMatches(ignoreCase, at, candidate.words, 0, candidate.words.length())
          && (end == text.length()
              || !Character.isLetterOrDigit(text.charAt(end))
              || !Character.isLetterOrDigit(text.charAt(end - 1)))) {
        return new Hit<>(candidate, at, end);
      }
    }
    return null;
  }

  /** Every non-overlapping hit in {@code [start, end)}, left to right. */
  List<Hit<V>> findAll(String text, int start, int end) {
    List<Hit<V>> hits = new ArrayList<>();
    int i = start;
    while (i < end) {
      Hit<V> hit =
          Character.isLetterOrDigit(text.charAt(i)) || !Character.isWhitespace(text.charAt(i))
              ? at(text, i)
              : null;
      if (hit != null && hit.end <= end) {
        hits.add(hit);
        i = hit.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  private static String key(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    if (end == at) {
      return at < text.length() ? String.valueOf(text.charAt(at)) : "";
    }
    return text.substring(at, end).toLowerCase(Locale.ROOT);
  }
}
