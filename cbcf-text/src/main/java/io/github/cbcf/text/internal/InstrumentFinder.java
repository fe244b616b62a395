package io.github.cbcf.text.internal;

import io.github.cbcf.model.InstrumentKind;
import io.github.cbcf.model.InstrumentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds instruments in a stretch of text: quoted titles with an instrument word ("“Roadmap for a
 * Renewed U.S.-Canada Partnership”"), capitalised titles around one ("Foreign Agents Registration
 * Act", "Bill C-70"), and instruments referred to without a name ("prior Memoranda of Understanding
 * (MOUs)").
 */
final class InstrumentFinder {
  /** One mention of an instrument. */
  static final class Mention {
    final int start;
    final int end;
    final String title;
    final InstrumentKind kind;
    final boolean named;
    final InstrumentStatus status;
    final String entry;

    Mention(
        int start,
        int end,
        String title,
        InstrumentKind kind,
        boolean named,
        InstrumentStatus status,
        String entry) {
      this.start = start;
      this.end = end;
      this.title = title;
      this.kind = kind;
      this.named = named;
      this.status = status;
      this.entry = entry;
    }
  }

  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "on", "for", "and", "the", "to", "in", "de", "du", "des", "la", "le", "sur", "d’",
          "l’", "a");

  private final LanguageData data;
  private final String text;

  InstrumentFinder(LanguageData data, String analysis) {
    this.data = data;
    this.text = analysis;
  }

  List<Mention> find(int start, int end) {
    List<Mention> mentions = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '“' || c == '"' || c == '«') {
        char close = c == '“' ? '”' : c == '«' ? '»' : '"';
        int closing = text.indexOf(close, i + 1);
        if (closing > i && closing <= end && closing - i < 300) {
          Mention quoted = quoted(i + 1, closing);
          if (quoted != null) {
            mentions.add(quoted);
            i = closing + 1;
            continue;
          }
        }
      }
      if (isWordStart(i)) {
        Phrases.Hit<InstrumentKind> generic = data.genericInstruments.at(text, i);
        if (generic != null && generic.end <= end && determinerBefore(i, start) >= 0) {
          int from = determinerBefore(i, start);
          mentions.add(
              new Mention(
                  from,
                  generic.end,
                  text.substring(from, generic.end),
                  generic.value(),
                  false,
                  InstrumentStatus.UNKNOWN,
                  generic.entry.entry()));
          i = generic.end;
          continue;
        }
        Phrases.Hit<InstrumentKind> head = data.instrumentHeads.at(text, i);
        if (head != null && head.end <= end) {
          Mention named = around(head, start, end);
          if (named != null) {
            mentions.add(named);
            i = named.end;
            continue;
          }
        }
      }
      i++;
    }
    return mentions;
  }

  private Mention quoted(int start, int end) {
    int e = end;
    while (e > start && ".,;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    for (int i = start; i < e; i++) {
      if (!isWordStart(i)) {
        continue;
      }
      Phrases.Hit<InstrumentKind> head = data.instrumentHeads.at(text, i);
      if (head != null && head.end <= e) {
        return new Mention(
            start,
            e,
            text.substring(start, e),
            head.value(),
            true,
            status(start - 1, e + 1),
            head.entry.entry() + " (quoted title)");
      }
    }
    return null;
  }

  /** A capitalised title around an instrument word, or null when the word stands alone. */
  private Mention around(Phrases.Hit<InstrumentKind> head, int limitStart, int limitEnd) {
    int start = head.start;
    // Left: capitalised words, with connectors only between capitalised words.
    int cursor = head.start;
    while (true) {
      int wordEnd = cursor;
      while (wordEnd > limitStart && text.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      if (wordEnd == cursor || wordEnd <= limitStart) {
        break;
      }
      int wordStart = wordEnd;
      while (wordStart > limitStart && isTitleChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        break;
      }
      String word = text.substring(wordStart, wordEnd);
      if (Character.isUpperCase(word.charAt(0)) && !isSentenceStart(wordStart, limitStart)) {
        start = wordStart;
        cursor = wordStart;
      } else if (Character.isUpperCase(word.charAt(0))) {
        // The sentence's first word is part of the title only when it is not a common word.
        if (!Set.of("The", "This", "These", "Its", "Their", "Le", "La", "Les").contains(word)) {
          start = wordStart;
        }
        break;
      } else {
        break;
      }
    }
    int end = head.end;
    // Right: "of/on/for" followed by capitalised words, or a bill's number ("Bill C-70").
    String after = text.substring(end, Math.min(limitEnd, end + 12));
    if (after.matches("^ [A-Z]{1,2}-\\d+.*")) {
      int e = end + 1;
      while (e < limitEnd && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      end = e;
    } else {
      int cursorRight = end;
      while (cursorRight < limitEnd) {
        int s = cursorRight;
        if (s >= limitEnd || text.charAt(s) != ' ') {
          break;
        }
        s++;
        int e = s;
        while (e < limitEnd && isTitleChar(text.charAt(e))) {
          e++;
        }
        if (e == s) {
          break;
        }
        String word = text.substring(s, e);
        if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
          end = e;
          cursorRight = e;
        } else if (CONNECTORS.contains(word.toLowerCase(Locale.ROOT))
            && nextIsCapital(e, limitEnd)) {
          cursorRight = e;
        } else {
          break;
        }
      }
    }
    while (end > start && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String title = text.substring(start, end);
    if (title.equals(head.entry.words)
        || title.split(" ").length < 2 && !title.matches(".*\\d.*")) {
      return null;
    }
    return new Mention(
        start, end, title, head.value(), true, status(start, end), head.entry.entry());
  }

  private boolean nextIsCapital(int at, int limit) {
    return at + 1 < limit && text.charAt(at) == ' ' && Character.isUpperCase(text.charAt(at + 1));
  }

  private static boolean isTitleChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '’' || c == '\'';
  }

  private boolean isSentenceStart(int at, int limitStart) {
    return at == limitStart;
  }

  /**
   * The status words just before or just after the mention ("newly passed Bill C-70", "...
   * signed").
   */
  private InstrumentStatus status(int start, int end) {
    int from = Math.max(0, start - 20);
    for (int i = from; i < start; i++) {
      if (isWordStart(i)) {
        Phrases.Hit<InstrumentStatus> hit = data.statuses.at(text, i);
        if (hit != null && hit.end >= start - 2 && hit.end <= start) {
          return hit.value();
        }
      }
    }
    int after = end;
    while (after < text.length() && " ”\"»".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    Phrases.Hit<InstrumentStatus> hit = data.statuses.at(text, after);
    return hit == null ? InstrumentStatus.UNKNOWN : hit.value();
  }

  private int determinerBefore(int at, int limitStart) {
    int e = at;
    while (e > limitStart && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > limitStart && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s < e
        && data.instrumentDeterminers.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
      return s;
    }
    // "existing" may follow the noun in French ("les ententes existantes").
    return -1;
  }

  private boolean isWordStart(int i) {
    return i < text.length()
        && Character.isLetterOrDigit(text.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }
}
