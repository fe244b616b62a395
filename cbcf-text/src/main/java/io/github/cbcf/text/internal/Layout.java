package io.github.cbcf.text.internal;

import io.github.cbcf.text.StatementFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statement's layout: which lines are headings, body, front matter (title, dateline) and the
 * contacts block, and which line breaks only wrap a paragraph. Offsets refer to the extracted text.
 */
final class Layout {
  enum Kind {
    BLANK,
    HEADING,
    BODY,
    META,
    CONTACTS_MARKER,
    CONTACT
  }

  /** A heading and where it stands. */
  static final class Heading {
    final int start;
    final int end;
    final String how;

    Heading(int start, int end, String how) {
      this.start = start;
      this.end = end;
      this.how = how;
    }
  }

  /**
   * A paragraph of body text, in the section opened by the heading before it (null: the
   * introduction).
   */
  static final class Paragraph {
    final int start;
    final int end;
    final Heading section;

    /** True for an item of a list ("- ..."), which may continue the sentence before the list. */
    boolean item;

    Paragraph(int start, int end, Heading section) {
      this.start = start;
      this.end = end;
      this.section = section;
    }
  }

  private static final Pattern BULLET = Pattern.compile("^([-*•▪◦·]|\\d{1,2}[.)])\\s+.*");
  private static final Pattern MARKER =
      Pattern.compile("^(?:[-*•▪◦·]|\\d{1,3}(?:\\.\\d{1,3})*[.)]?|\\(?[a-z]\\))\\s+");
  private static final String TERMINAL = ".!?;:…";

  final String text;

  /** The text with wrapping line breaks turned into spaces: same length, same offsets. */
  final String analysis;

  final List<Heading> headings = new ArrayList<>();
  final List<Paragraph> paragraphs = new ArrayList<>();
  final List<int[]> contactLines = new ArrayList<>();
  final List<int[]> metaLines = new ArrayList<>();
  int[] contactsMarker;
  String title;

  Layout(Extracted extracted, LanguageData data) {
    this.text = extracted.text;
    String t = text;
    List<int[]> lines = new ArrayList<>();
    int from = 0;
    while (from <= t.length()) {
      int nl = t.indexOf('\n', from);
      int end = nl < 0 ? t.length() : nl;
      int s = from;
      int e = end;
      while (s < e && Character.isWhitespace(t.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
        e--;
      }
      lines.add(new int[] {s, e});
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    int n = lines.size();
    Kind[] kinds = new Kind[n];
    int maxLength = 0;
    for (int[] line : lines) {
      maxLength = Math.max(maxLength, line[1] - line[0]);
    }
    Set<Integer> marked =
        extracted.headingStarts == null ? null : new HashSet<>(extracted.headingStarts);
    boolean seenBody = false;
    int contactsFrom = n;
    for (int i = 0; i < n; i++) {
      int[] line = lines.get(i);
      if (line[0] == line[1]) {
        kinds[i] = Kind.BLANK;
        continue;
      }
      String words = t.substring(line[0], line[1]);
      if (seenBody && isContactsMarker(words, data)) {
        kinds[i] = Kind.CONTACTS_MARKER;
        contactsMarker = line;
        contactsFrom = i + 1;
        break;
      }
      boolean heading =
          marked != null ? marked.contains(line[0]) : isHeadingCandidate(t, lines, i, maxLength);
      if (heading && marked == null && mentionsDate(words, data)) {
        kinds[i] = Kind.META;
      } else if (heading) {
        kinds[i] = Kind.HEADING;
      } else {
        kinds[i] = Kind.BODY;
        seenBody = true;
      }
    }
    for (int i = contactsFrom; i < n; i++) {
      kinds[i] = lines.get(i)[0] == lines.get(i)[1] ? Kind.BLANK : Kind.CONTACT;
      if (kinds[i] == Kind.CONTACT) {
        contactLines.add(lines.get(i));
      }
    }
    // Front matter: headings before the first body line are the title and dateline, not sections;
    // in plain text,
    // a heading followed by another heading with no body between opens no section.
    boolean body = false;
    for (int i = 0; i < contactsFrom && i < n; i++) {
      if (kinds[i] == Kind.BODY) {
        body = true;
      } else if (kinds[i] == Kind.HEADING
          && (!body
                  && (marked == null && isDocumentTitle(t, lines.get(i), data)
                      || marked != null && isTitleMarkup(extracted, lines.get(i)))
              || marked == null && !bodyFollows(kinds, i, contactsFrom))) {
        kinds[i] = Kind.META;
      }
      if (kinds[i] == Kind.META) {
        int[] line = lines.get(i);
        metaLines.add(line);
        if (title == null && !mentionsDate(t.substring(line[0], line[1]), data)) {
          title = t.substring(line[0], line[1]);
        }
      }
    }
    if (extracted.title != null) {
      title = extracted.title;
    }
    char[] chars = t.toCharArray();
    Heading current = null;
    boolean itemNext = false;
    int paragraphStart = -1;
    int paragraphEnd = -1;
    for (int i = 0; i < contactsFrom && i < n; i++) {
      int[] line = lines.get(i);
      if (kinds[i] == Kind.HEADING) {
        if (paragraphStart >= 0) {
          paragraphs.add(new Paragraph(paragraphStart, paragraphEnd, current));
          paragraphStart = -1;
        }
        current =
            new Heading(
                line[0],
                line[1],
                marked == null
                    ? "a short line without final punctuation"
                    : extracted.format == StatementFormat.HTML
                        ? "an HTML heading (h1 to h6)"
                        : "a Markdown heading (#)");
        headings.add(current);
        continue;
      }
      if (kinds[i] != Kind.BODY) {
        if (paragraphStart >= 0) {
          paragraphs.add(new Paragraph(paragraphStart, paragraphEnd, current));
          paragraphStart = -1;
        }
        continue;
      }
      if (paragraphStart >= 0 && isWrapped(t, lines.get(i - 1), line, maxLength)) {
        for (int c = paragraphEnd; c < line[0]; c++) {
          chars[c] = ' ';
        }
        paragraphEnd = line[1];
        continue;
      }
      if (paragraphStart >= 0) {
        addParagraph(paragraphStart, paragraphEnd, current, itemNext);
      }
      // A list marker or paragraph number ("- ", "4. ") is not part of the outcome.
      java.util.regex.Matcher marker = MARKER.matcher(t.substring(line[0], line[1]));
      paragraphStart =
          marker.find() && marker.end() < line[1] - line[0] ? line[0] + marker.end() : line[0];
      paragraphEnd = line[1];
      itemNext =
          BULLET.matcher(t.substring(line[0], line[1])).matches()
              && !Character.isDigit(t.charAt(line[0]));
    }
    if (paragraphStart >= 0) {
      addParagraph(paragraphStart, paragraphEnd, current, itemNext);
    }
    analysis = new String(chars);
  }

  private void addParagraph(int start, int end, Heading section, boolean item) {
    Paragraph paragraph = new Paragraph(start, end, section);
    paragraph.item = item;
    paragraphs.add(paragraph);
  }

  private static boolean isTitleMarkup(Extracted extracted, int[] line) {
    return extracted.title != null && extracted.text.startsWith(extracted.title, line[0]);
  }

  /**
   * A line before the body that names the document ("Joint Statement ...") rather than a section
   * ("Preamble").
   */
  private static boolean isDocumentTitle(String t, int[] line, LanguageData data) {
    String words = t.substring(line[0], line[1]);
    if (mentionsDate(words, data)) {
      return true;
    }
    for (String word : words.split("[^\\p{L}]+")) {
      if (data.documentTitleWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean bodyFollows(Kind[] kinds, int i, int limit) {
    for (int j = i + 1; j < limit && j < kinds.length; j++) {
      if (kinds[j] == Kind.BODY) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContactsMarker(String words, LanguageData data) {
    String bare = words.toLowerCase(Locale.ROOT).replaceFirst("\\s*:\\s*$", "").strip();
    return data.contactMarkers.contains(bare);
  }

  private static boolean isHeadingCandidate(String t, List<int[]> lines, int i, int maxLength) {
    int[] line = lines.get(i);
    int length = line[1] - line[0];
    String words = t.substring(line[0], line[1]);
    if (length > 100 || words.split("\\s+").length > 14 || BULLET.matcher(words).matches()) {
      return false;
    }
    char last = words.charAt(words.length() - 1);
    char first = words.charAt(0);
    // "Public Health:" introduces a part of the statement; a longer line ending with ':' introduces
    // a list.
    boolean shortWithColon = last == ':' && words.split("\\s+").length <= 4;
    if (TERMINAL.indexOf(last) >= 0 && !shortWithColon
        || last == ','
        || !(Character.isUpperCase(first) || Character.isDigit(first))) {
      return false;
    }
    if (maxLength > 60 && length >= 0.75 * maxLength) {
      return false;
    }
    // The line before must end a paragraph, and the line after must not continue this one.
    for (int j = i - 1; j >= 0; j--) {
      int[] before = lines.get(j);
      if (before[0] == before[1]) {
        break;
      }
      char end = t.charAt(before[1] - 1);
      if (TERMINAL.indexOf(end) < 0
          && end != '”'
          && end != '"'
          && end != ')'
          && before[1] - before[0] >= 0.75 * maxLength) {
        return false;
      }
      break;
    }
    if (i + 1 < lines.size()) {
      int[] after = lines.get(i + 1);
      if (after[0] < after[1] && Character.isLowerCase(t.charAt(after[0]))) {
        return false;
      }
    } else {
      return false;
    }
    return true;
  }

  private static boolean isWrapped(String t, int[] previous, int[] line, int maxLength) {
    char end = t.charAt(previous[1] - 1);
    if (TERMINAL.indexOf(end) >= 0 || BULLET.matcher(t.substring(line[0], line[1])).matches()) {
      return false;
    }
    return Character.isLowerCase(t.charAt(line[0]))
        || previous[1] - previous[0] >= 0.6 * maxLength
        || ",(–—-".indexOf(end) >= 0;
  }

  static boolean mentionsDate(String words, LanguageData data) {
    if (words.matches(".*\\b\\d{4}-\\d{2}-\\d{2}\\b.*")) {
      return true;
    }
    if (!words.matches(".*\\b(19|20)\\d{2}\\b.*")) {
      return false;
    }
    for (String word : words.split("[^\\p{L}]+")) {
      if (data.months.containsKey(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
