package io.github.cbcf.text.internal;

import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.LineIndex;
import io.github.cbcf.model.ParticipantRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the meeting's facts where the statement gives them: the forum's name, the edition, the
 * place, the date (as precise as the text allows) and the participants with their titles and
 * countries.
 */
final class MeetingFinder {
  /** A participant found in the text. */
  static final class FoundParticipant {
    final String name;
    final String title;
    final String jurisdiction;
    final ParticipantRole role;
    final boolean roleStated;
    final int start;
    final int end;
    final String entry;

    FoundParticipant(
        String name,
        String title,
        String jurisdiction,
        ParticipantRole role,
        boolean roleStated,
        int start,
        int end,
        String entry) {
      this.name = name;
      this.title = title;
      this.jurisdiction = jurisdiction;
      this.role = role;
      this.roleStated = roleStated;
      this.start = start;
      this.end = end;
      this.entry = entry;
    }
  }

  /** A fact and the evidence for it. */
  static final class Fact {
    final String value;
    final Evidence evidence;

    Fact(String value, Evidence evidence) {
      this.value = value;
      this.evidence = evidence;
    }
  }

  private final LanguageData data;
  private final String text;

  private final LineIndex lines;

  MeetingFinder(LanguageData data, String analysis, LineIndex lines) {
    this.data = data;
    this.text = analysis;
    this.lines = lines;
  }

  private Evidence evidence(String field, String value, int start, int end, String entry) {
    return Evidence.of(field, value, text.substring(start, end), lines.span(start, end), entry);
  }

  /**
   * The forum: capitalised words ending in a forum word ("Cross Border Crime Forum"), party names
   * removed.
   */
  Fact forum(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isWordStart(i)) {
        continue;
      }
      int wordEnd = i;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(i, wordEnd);
      if (!data.forumHeads.contains(word)) {
        continue;
      }
      int s = i;
      while (true) {
        int e = s - 1;
        if (e <= start || text.charAt(e) != ' ') {
          break;
        }
        int w = e;
        while (w > start && !Character.isWhitespace(text.charAt(w - 1))) {
          w--;
        }
        if (w == e
            || !Character.isUpperCase(text.charAt(w))
            || Set2.ARTICLES.contains(text.substring(w, e))) {
          break;
        }
        s = w;
      }
      if (s == i) {
        continue;
      }
      String words = text.substring(s, wordEnd);
      String name = words;
      // "U.S.-Canada Cross Border Crime Forum": the parties' names are not part of the forum's.
      String first = name.split(" ")[0];
      if (isPartyWords(first)) {
        name = name.substring(first.length()).strip();
      }
      if (name.isEmpty() || name.equals(word)) {
        continue;
      }
      return new Fact(name, evidence("forum", name, s, wordEnd, "meetings.tsv forum-head " + word));
    }
    return null;
  }

  private boolean isPartyWords(String word) {
    for (String part : word.split("[-–/]")) {
      if (part.isEmpty()) {
        continue;
      }
      if (data.countries.at(part, 0) == null && data.adjectives.at(part, 0) == null) {
        return false;
      }
    }
    return true;
  }

  /** The edition: an ordinal such as "third", with "since re-established" when the text says so. */
  Fact edition(int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isWordStart(i)) {
        continue;
      }
      Phrases.Hit<String> hit = data.ordinals.at(text, i);
      if (hit == null) {
        continue;
      }
      int sentenceEnd = text.indexOf('.', hit.end);
      String rest =
          text.substring(hit.end, sentenceEnd < 0 || sentenceEnd > end ? end : sentenceEnd);
      Matcher since =
          Pattern.compile(
                  "^\\s+\\S+\\s+since\\s+(?:it\\s+was\\s+)?(re-?established|relaunched"
                      + "|revived|resumed)")
              .matcher(rest);
      String value = text.substring(hit.start, hit.end).toLowerCase(Locale.ROOT);
      int wordsEnd = hit.end;
      if (since.find()) {
        value = value + " since " + since.group(1);
        wordsEnd = hit.end + since.end();
      } else if (!rest.matches(
          "^\\s+(meeting|CBCF|ministerial|annual|session|edition|forum|réunion)\\b.*")) {
        continue;
      }
      return new Fact(value, evidence("edition", value, hit.start, wordsEnd, hit.entry.entry()));
    }
    return null;
  }

  /**
   * The date, as precise as the text allows: "July 11, 2024", "11 July 2024", "July 2024", "le 11
   * juillet 2024".
   */
  Fact date(int start, int end) {
    Pattern monthDayYear =
        Pattern.compile("\\b(\\p{L}+)\\.? (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})\\b");
    Pattern dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:er)? (\\p{L}+) (\\d{4})\\b");
    Pattern monthYear = Pattern.compile("\\b(\\p{L}+) (?:of )?(\\d{4})\\b");
    Pattern iso = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    String region = text.substring(start, end);
    Matcher m = monthDayYear.matcher(region);
    while (m.find()) {
      Integer month = data.months.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return dateFact(
            String.format("%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(2))),
            start + m.start(),
            start + m.end());
      }
    }
    m = dayMonthYear.matcher(region);
    while (m.find()) {
      Integer month = data.months.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return dateFact(
            String.format("%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(1))),
            start + m.start(),
            start + m.end());
      }
    }
    m = iso.matcher(region);
    if (m.find()) {
      return dateFact(m.group(), start + m.start(), start + m.end());
    }
    m = monthYear.matcher(region);
    while (m.find()) {
      Integer month = data.months.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null && !m.group(1).equals("May")
          || month != null
              && region.startsWith("May", m.start())
              && Character.isUpperCase(region.charAt(m.start()))) {
        return dateFact(
            String.format("%s-%02d", m.group(2), month), start + m.start(), start + m.end());
      }
    }
    return null;
  }

  private Fact dateFact(String value, int start, int end) {
    try {
      if (value.length() == 10) {
        java.time.LocalDate.parse(value);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return new Fact(
        value, evidence("date", value, start, end, "a date in the statement's opening"));
  }

  /**
   * The place: capitalised words after "in" in a sentence about the meeting ("hosted ... in
   * Washington, D.C.").
   */
  Fact place(int start, int end) {
    Pattern in =
        Pattern.compile(
            "\\b(?:in|à|en) ((?:\\p{Lu}[\\p{L}.’'-]*)(?: \\p{Lu}[\\p{L}.’'-]*)*"
                + "(?:, (?:\\p{Lu}[\\p{L}.’'-]*)(?: \\p{Lu}[\\p{L}.’'-]*)*)?)");
    String region = text.substring(start, end);
    int sentenceStart = 0;
    for (String sentence : region.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
      int offset = region.indexOf(sentence, sentenceStart);
      sentenceStart = offset + sentence.length();
      boolean aboutMeeting = false;
      for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        aboutMeeting |= data.meetingWords.contains(word);
      }
      if (!aboutMeeting) {
        continue;
      }
      Matcher m = in.matcher(sentence);
      while (m.find()) {
        String place = m.group(1).replaceAll(",$", "");
        String last = place.substring(place.lastIndexOf(' ') + 1);
        if (place.endsWith(".") && last.indexOf('.') == last.length() - 1) {
          place = place.substring(0, place.length() - 1);
        }
        if (data.months.containsKey(place.split(" ")[0].toLowerCase(Locale.ROOT))
            || place.matches("(?i)(the|this|these|its|their) .*")) {
          continue;
        }
        // "in Washington, D.C., for the ...": keep the second part only when it is short, like a
        // state.
        if (place.contains(", ")) {
          String[] parts = place.split(", ", 2);
          if (parts[1].split(" ").length > 2) {
            place = parts[0];
          }
        }
        int at = start + offset + m.start(1);
        return new Fact(
            place,
            evidence(
                "place",
                place,
                at,
                at + place.length(),
                "meetings.tsv meeting-word: capitalised words after 'in' in a sentence about the meeting"));
      }
    }
    return null;
  }

  /**
   * Participants: a country, a title of title words, then a name ("Canada’s Minister of Public
   * Safety Dominic LeBlanc").
   */
  List<FoundParticipant> participants(List<int[]> sentences) {
    List<FoundParticipant> found = new ArrayList<>();
    for (int[] sentence : sentences) {
      participants(sentence[0], sentence[1], found);
    }
    return found;
  }

  private void participants(int start, int end, List<FoundParticipant> found) {
    int hostAt = -1;
    for (int i = start; i < end && hostAt < 0; i++) {
      if (isWordStart(i) && data.hostVerbs.at(text, i) != null) {
        hostAt = i;
      }
    }
    for (int i = start; i < end; i++) {
      if (!isWordStart(i)) {
        continue;
      }
      Phrases.Hit<LanguageData.PartyPhrase> country = data.adjectives.at(text, i);
      if (country == null) {
        country = data.countries.at(text, i);
      }
      if (country == null || !country.value().country) {
        continue;
      }
      int at = country.end;
      if (text.startsWith("’s", at) || text.startsWith("'s", at)) {
        at += 2;
      }
      if (at >= end || text.charAt(at) != ' ') {
        continue;
      }
      at++;
      int titleStart = at;
      int titleEnd = -1;
      int cursor = at;
      while (cursor < end) {
        int e = cursor;
        while (e < end && Character.isLetter(text.charAt(e))) {
          e++;
        }
        if (e == cursor) {
          break;
        }
        String word = text.substring(cursor, e);
        if (data.titleWords.contains(word)) {
          titleEnd = e;
        } else if (!(titleEnd > 0
            && Set2.TITLE_CONNECTORS.contains(word)
            && nextIsTitleWord(e, end))) {
          break;
        }
        if (e >= end || text.charAt(e) != ' ') {
          cursor = e;
          break;
        }
        cursor = e + 1;
      }
      if (titleEnd < 0 || cursor >= end) {
        continue;
      }
      Matcher name =
          Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]+)){1,3}")
              .matcher(text)
              .region(titleEnd + 1, Math.min(end, titleEnd + 80));
      if (!name.lookingAt()) {
        continue;
      }
      String person = name.group();
      if (person.endsWith("’s") || person.endsWith("'s")) {
        continue;
      }
      ParticipantRole role =
          hostAt >= 0 && i < hostAt ? ParticipantRole.HOST : ParticipantRole.GUEST;
      boolean stated = hostAt >= 0;
      found.add(
          new FoundParticipant(
              person,
              text.substring(titleStart, titleEnd),
              country.value().codes.get(0),
              role,
              stated,
              i,
              name.end(),
              country.entry.entry() + "; meetings.tsv title-word"));
      i = name.end();
    }
  }

  private boolean nextIsTitleWord(int at, int end) {
    if (at >= end || text.charAt(at) != ' ') {
      return false;
    }
    int e = at + 1;
    while (e < end && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return data.titleWords.contains(text.substring(at + 1, e));
  }

  private boolean isWordStart(int i) {
    return i < text.length()
        && Character.isLetterOrDigit(text.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  /** Small word sets used by the finder. */
  private static final class Set2 {
    static final java.util.Set<String> ARTICLES =
        java.util.Set.of("The", "the", "This", "Le", "La", "Les", "Du");
    static final java.util.Set<String> TITLE_CONNECTORS =
        java.util.Set.of("of", "and", "for", "the", "de", "la", "et", "du");
  }
}
