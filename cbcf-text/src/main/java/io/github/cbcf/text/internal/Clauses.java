package io.github.cbcf.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds each clause's subject and main verb, and splits a sentence where two clauses with their own
 * verbs are joined by "while", "; and", "and", or a comma before a participle ("..., noting") or
 * before a new subject and verb.
 */
final class Clauses {
  /** The parties named as a clause's subject. */
  static final class Subject {
    final int start;
    final int end;
    final List<Phrases.Hit<LanguageData.PartyPhrase>> hits;

    Subject(int start, int end, List<Phrases.Hit<LanguageData.PartyPhrase>> hits) {
      this.start = start;
      this.end = end;
      this.hits = hits;
    }
  }

  /**
   * A clause: its span, subject and main verb (each may be missing), and how it was cut from its
   * sentence.
   */
  static final class Clause {
    final int start;
    final int end;
    final Subject subject;
    final Phrases.Hit<LanguageData.Verb> verb;
    final String cut;

    Clause(int start, int end, Subject subject, Phrases.Hit<LanguageData.Verb> verb, String cut) {
      this.start = start;
      this.end = end;
      this.subject = subject;
      this.verb = verb;
      this.cut = cut;
    }
  }

  private static final String[][] CONNECTORS = {
    {", while ", "while"},
    {" while ", "while"},
    {", whereas ", "while"},
    {" tandis que ", "while"},
    {", tandis que ", "while"},
    {"; and ", "; and"},
    {"; et ", "; and"},
    {"; ", ";"},
    {", and ", "and"},
    {" and ", "and"},
    {", et ", "and"},
    {" et ", "and"},
    {", ", ","}
  };

  private final LanguageData data;
  private final String text;

  Clauses(LanguageData data, String analysis) {
    this.data = data;
    this.text = analysis;
  }

  /** Splits the sentence {@code [start, end)} into clauses. */
  List<Clause> split(int start, int end) {
    List<Clause> clauses = new ArrayList<>();
    int clauseStart = start;
    String cut = "sentence";
    for (int w = start + 1; w < end; w++) {
      if (!isWordStart(w)) {
        continue;
      }
      String[] connector = connectorBefore(w, clauseStart);
      if (connector == null) {
        continue;
      }
      int leftEnd = w - connector[0].length();
      Subject subject = subjectAt(w, end);
      Phrases.Hit<LanguageData.Verb> verb = subject == null ? null : verbAfter(subject.end, end);
      boolean joins;
      if (verb != null) {
        joins = true;
      } else {
        Phrases.Hit<LanguageData.Verb> direct = verbAt(w, end);
        String type = connector[1];
        joins =
            direct != null
                && !type.equals("while")
                && (!type.equals(",") || isParticiple(direct.entry.words));
      }
      if (!joins) {
        continue;
      }
      Clause left = head(clauseStart, leftEnd);
      if (left.verb == null) {
        continue;
      }
      clauses.add(new Clause(clauseStart, leftEnd, left.subject, left.verb, cut));
      clauseStart = w;
      cut = "clause after '" + connector[0].strip() + "'";
    }
    Clause last = head(clauseStart, end);
    clauses.add(new Clause(clauseStart, end, last.subject, last.verb, cut));
    return clauses;
  }

  private boolean isParticiple(String words) {
    String first = words.split(" ")[0].toLowerCase(Locale.ROOT);
    return first.endsWith("ing") || first.endsWith("ant");
  }

  private String[] connectorBefore(int w, int clauseStart) {
    for (String[] connector : CONNECTORS) {
      int at = w - connector[0].length();
      if (at > clauseStart && text.startsWith(connector[0], at)) {
        return connector;
      }
    }
    return null;
  }

  /**
   * The clause's subject and main verb: a verb that opens it, a verb after its subject, or a later
   * pair.
   */
  Clause head(int start, int end) {
    int opening = skipAdverbs(start, end);
    Phrases.Hit<LanguageData.Verb> verb = verbAt(opening, end);
    if (verb != null) {
      return new Clause(start, end, null, verb, "");
    }
    Subject first = subjectAt(start, end);
    if (first != null) {
      verb = verbAfter(first.end, end);
      if (verb != null) {
        return new Clause(start, end, first, verb, "");
      }
    }
    for (int p = start + 1; p < end; p++) {
      if (!isWordStart(p)) {
        continue;
      }
      Subject subject = subjectAt(p, end);
      if (subject != null) {
        verb = verbAfter(subject.end, end);
        if (verb != null) {
          return new Clause(start, end, subject, verb, "");
        }
        p = subject.end;
      }
    }
    verb = verbAfterNamedSubject(start, end);
    return new Clause(start, end, first, verb, "");
  }

  /**
   * A verb of the lexicon that follows a subject the gazetteer does not know ("Minister Goodale and
   * Secretary Nielsen reaffirmed"): the first verb within the clause's first twelve words whose
   * word before is a name or a plural noun.
   */
  private Phrases.Hit<LanguageData.Verb> verbAfterNamedSubject(int start, int end) {
    int words = 0;
    for (int p = start + 1; p < end && words < 12; p++) {
      if (!isWordStart(p)) {
        continue;
      }
      words++;
      Phrases.Hit<LanguageData.Verb> verb = verbAt(p, end);
      if (verb == null || isParticiple(verb.entry.words)) {
        continue;
      }
      int e = p;
      while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int s = e;
      while (s > start && !Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      // After a name ("Secretary Nielsen reaffirmed") or a plural noun ("the three co-chairs
      // reaffirmed").
      String before = text.substring(s, e);
      boolean nameOrPlural =
          Character.isUpperCase(text.charAt(s)) && s > start
              || before.length() > 3
                  && before.endsWith("s")
                  && !data.auxiliaries.contains(before.toLowerCase(Locale.ROOT))
                  && !before.endsWith("ss")
                  && !before.endsWith("us");
      if (s < e && e == p - 1 && nameOrPlural && Character.isLetter(text.charAt(e - 1))) {
        return verb;
      }
      return null;
    }
    return null;
  }

  /** The parties named at {@code p}, coordinated ("the United States and Canada"), or null. */
  Subject subjectAt(int p, int limit) {
    List<Phrases.Hit<LanguageData.PartyPhrase>> hits = new ArrayList<>();
    int at = p;
    while (true) {
      Phrases.Hit<LanguageData.PartyPhrase> hit = partyAt(at);
      if (hit == null || hit.end > limit) {
        break;
      }
      hits.add(hit);
      int next = -1;
      for (String joiner : new String[] {", and ", " and ", ", ", " et ", ", et "}) {
        if (text.startsWith(joiner, hit.end)) {
          next = hit.end + joiner.length();
          break;
        }
      }
      if (next < 0 || partyAt(next) == null) {
        break;
      }
      at = next;
    }
    if (hits.isEmpty()) {
      return null;
    }
    return new Subject(p, hits.get(hits.size() - 1).end, hits);
  }

  private Phrases.Hit<LanguageData.PartyPhrase> partyAt(int at) {
    Phrases.Hit<LanguageData.PartyPhrase> group = data.groups.at(text, at);
    Phrases.Hit<LanguageData.PartyPhrase> country = data.countries.at(text, at);
    if (country == null) {
      for (String article :
          new String[] {"the ", "The ", "le ", "Le ", "les ", "Les ", "la ", "La ", "l’", "L’"}) {
        if (text.startsWith(article, at)) {
          country = data.countries.at(text, at + article.length());
          if (country != null) {
            country = new Phrases.Hit<>(country.entry, at, country.end);
          }
          break;
        }
      }
    }
    if (country != null && text.startsWith("’s", country.end)
        || country != null && text.startsWith("'s", country.end)) {
      country = null;
    }
    if (group != null && country != null) {
      return group.end >= country.end ? group : country;
    }
    return group != null ? group : country;
  }

  /** The verb after a subject, past adverbs such as "also", or null. */
  Phrases.Hit<LanguageData.Verb> verbAfter(int from, int limit) {
    int at = from;
    while (at < limit && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
      at++;
    }
    return verbAt(skipAdverbs(at, limit), limit);
  }

  private int skipAdverbs(int from, int limit) {
    int at = from;
    for (int i = 0; i < 4 && at < limit; i++) {
      if (verbAt(at, limit) != null) {
        return at;
      }
      int end = at;
      while (end < limit && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == at || !data.adverbs.contains(text.substring(at, end).toLowerCase(Locale.ROOT))) {
        return at;
      }
      at = end;
      while (at < limit && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
        at++;
      }
    }
    return at;
  }

  Phrases.Hit<LanguageData.Verb> verbAt(int at, int limit) {
    Phrases.Hit<LanguageData.Verb> hit = data.verbs.at(text, at);
    return hit != null && hit.end <= limit ? hit : null;
  }

  /**
   * True when the clause reports the past: an auxiliary followed by a past participle ("was
   * signed").
   */
  int[] pastMarker(int start, int end) {
    int previousStart = -1;
    String previous = null;
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == s) {
        break;
      }
      String word = text.substring(s, i);
      if (previous != null
          && data.auxiliaries.contains(previous.toLowerCase(Locale.ROOT))
          && data.isParticiple(word)) {
        return new int[] {previousStart, i};
      }
      previous = word;
      previousStart = s;
    }
    return null;
  }

  private boolean isWordStart(int i) {
    return Character.isLetterOrDigit(text.charAt(i))
        && !Character.isLetterOrDigit(text.charAt(i - 1));
  }
}
