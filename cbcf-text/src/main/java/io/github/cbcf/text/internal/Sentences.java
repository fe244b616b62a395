package io.github.cbcf.text.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a stretch of text into sentences with ICU's sentence break iterator, filtered with ICU's
 * own abbreviations for the language, then with the ones in abbreviations.tsv ("U.S.", "D.C.",
 * "Art.") and initials ("B."), so that "U.S. Attorney General Merrick B. Garland" does not end a
 * sentence. ICU's filter matches dotted abbreviations such as "U.S." unreliably (ICU 78.1 still
 * breaks after them) and matches any word ending like one ("technologies." ends like "S."), so the
 * abbreviations of the file are checked here against the whole word before each break.
 */
final class Sentences {
  private final BreakIterator prototype;
  private final BreakIterator unfiltered;
  private final Set<String> abbreviations = new HashSet<>();

  Sentences(LanguageData data) {
    ULocale locale = new ULocale(data.language);
    FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
    for (String abbreviation : data.abbreviations) {
      if (abbreviation.startsWith("-")) {
        builder.unsuppressBreakAfter(abbreviation.substring(1));
      } else {
        abbreviations.add(abbreviation);
      }
    }
    prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    unfiltered = BreakIterator.getSentenceInstance(locale);
  }

  /**
   * True for an acronym such as "CBCF." that ICU's filter takes for an abbreviation ending in "F.".
   */
  private static boolean afterAcronym(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > 0 && Character.isUpperCase(text.charAt(start - 1))) {
      start--;
    }
    return end - 1 - start >= 2
        && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (start == 0 || text.charAt(start - 1) != '.');
  }

  /**
   * True when the word just before {@code at} is an abbreviation or an initial, so no sentence ends
   * there.
   */
  private boolean afterAbbreviation(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && "([{“\"‘'«".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    String word = text.substring(start, end);
    if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.') {
      return true;
    }
    // "EU-U.S." ends with the abbreviation "U.S.".
    int joint = Math.max(word.lastIndexOf('-'), word.lastIndexOf('/'));
    return abbreviations.contains(word)
        || joint >= 0 && abbreviations.contains(word.substring(joint + 1));
  }

  /**
   * Sentence spans of {@code text[start, end)}, trimmed of surrounding white space.
   *
   * @return pairs of offsets into {@code text}
   */
  List<int[]> split(String text, int start, int end) {
    String stretch = text.substring(start, end);
    BreakIterator filtered = (BreakIterator) prototype.clone();
    filtered.setText(stretch);
    Set<Integer> kept = new HashSet<>();
    for (int b = filtered.first(); b != BreakIterator.DONE; b = filtered.next()) {
      kept.add(b);
    }
    BreakIterator iterator = (BreakIterator) unfiltered.clone();
    iterator.setText(stretch);
    List<int[]> spans = new ArrayList<>();
    int from = iterator.first();
    for (int to = iterator.next(); to != BreakIterator.DONE; to = iterator.next()) {
      if (start + to < end
          && (afterAbbreviation(text, start + to)
              || !kept.contains(to) && !afterAcronym(text, start + to))) {
        continue;
      }
      int s = start + from;
      int e = start + to;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        spans.add(new int[] {s, e});
      }
      from = to;
    }
    return spans;
  }
}
