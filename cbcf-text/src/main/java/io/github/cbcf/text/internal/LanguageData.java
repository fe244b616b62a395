package io.github.cbcf.text.internal;

import io.github.cbcf.model.InstrumentKind;
import io.github.cbcf.model.InstrumentStatus;
import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.OutcomeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language data files of one language, read once and shared: verbs, countries, groups,
 * instruments.
 */
final class LanguageData {
  /** What a verb of the lexicon says. */
  static final class Verb {
    final OutcomeKind kind;
    final Orientation orientation;

    Verb(OutcomeKind kind, Orientation orientation) {
      this.kind = kind;
      this.orientation = orientation;
    }
  }

  /** What a party phrase names: countries, or every party of the record. */
  static final class PartyPhrase {
    final List<String> codes;
    final boolean all;
    final boolean country;
    final String note;

    PartyPhrase(List<String> codes, boolean all, boolean country, String note) {
      this.codes = codes;
      this.all = all;
      this.country = country;
      this.note = note;
    }
  }

  private static final Map<String, LanguageData> LOADED = new ConcurrentHashMap<>();

  final String language;
  final Phrases<Verb> verbs = new Phrases<>(true);

  /** Country names and short forms (case-sensitive) and group phrases (case-insensitive). */
  final Phrases<PartyPhrase> countries = new Phrases<>(false);

  final Phrases<PartyPhrase> adjectives = new Phrases<>(false);
  final Phrases<PartyPhrase> groups = new Phrases<>(true);
  final Map<String, String> countryNames = new HashMap<>();
  final Set<String> auxiliaries = new HashSet<>();
  final List<String> participleEndings = new ArrayList<>();
  final Set<String> participles = new HashSet<>();
  final Set<String> adverbs = new HashSet<>();
  final Phrases<InstrumentKind> instrumentHeads = new Phrases<>(false);
  final Phrases<InstrumentKind> genericInstruments = new Phrases<>(true);
  final Set<String> instrumentDeterminers = new HashSet<>();
  final Phrases<InstrumentStatus> statuses = new Phrases<>(true);
  final List<String> contactMarkers = new ArrayList<>();
  final Set<String> organisationWords = new HashSet<>();
  final Set<String> roleWords = new HashSet<>();
  final Set<String> forumHeads = new HashSet<>();
  final Set<String> titleWords = new HashSet<>();
  final Set<String> documentTitleWords = new HashSet<>();
  final Phrases<String> hostVerbs = new Phrases<>(true);
  final Set<String> meetingWords = new HashSet<>();
  final Phrases<String> ordinals = new Phrases<>(true);
  final Phrases<String> backReferences = new Phrases<>(true);
  final Map<String, Integer> months = new HashMap<>();
  final List<String> abbreviations = new ArrayList<>();

  private LanguageData(String language) {
    this.language = language;
    for (DataFile.Row row : DataFile.read("verbs." + language + ".tsv")) {
      verbs.add(
          row.column(0),
          new Verb(OutcomeKind.valueOf(row.column(1)), Orientation.valueOf(row.column(2))),
          row.where());
    }
    for (DataFile.Row row : DataFile.read("countries.tsv")) {
      String code = row.column(0);
      if (row.column(1).equals("en") && row.column(2).equals("name") && !code.contains(",")) {
        countryNames.putIfAbsent(code, row.column(3));
      }
      PartyPhrase phrase = new PartyPhrase(List.of(code.split(",")), false, true, null);
      // Every language's country names are matched: an English statement may quote a French name.
      if (row.column(2).equals("adjective")) {
        adjectives.add(row.column(3), phrase, row.where());
      } else {
        countries.add(row.column(3), phrase, row.where());
      }
    }
    for (DataFile.Row row : DataFile.read("groups.tsv")) {
      if (!row.column(0).equals(language)) {
        continue;
      }
      String members = row.column(2);
      String note = row.column(3).isEmpty() ? null : row.column(3);
      PartyPhrase phrase =
          members.equals("ALL")
              ? new PartyPhrase(List.of(), true, false, note)
              : members.equals("NONE")
                  ? new PartyPhrase(List.of(), false, false, note)
                  : new PartyPhrase(List.of(members.split(",")), false, false, note);
      groups.add(row.column(1), phrase, row.where());
    }
    for (DataFile.Row row : DataFile.read("back-references.tsv")) {
      if (row.column(0).equals(language)) {
        backReferences.add(row.column(1), row.column(2), row.where());
      }
    }
    for (DataFile.Row row : DataFile.read("tense.tsv")) {
      if (!row.column(0).equals(language)) {
        continue;
      }
      String words = row.column(2);
      switch (row.column(1)) {
        case "auxiliary" -> auxiliaries.add(words);
        case "participle-ending" -> participleEndings.add(words);
        case "participle" -> participles.add(words);
        case "adverb" -> adverbs.add(words);
        default -> throw new IllegalStateException(row.where() + ": unknown role " + row.column(1));
      }
    }
    for (DataFile.Row row : DataFile.read("instruments.tsv")) {
      if (!row.column(0).equals(language)) {
        continue;
      }
      switch (row.column(1)) {
        case "head" ->
            instrumentHeads.add(row.column(2), InstrumentKind.valueOf(row.column(3)), row.where());
        case "generic" ->
            genericInstruments.add(
                row.column(2), InstrumentKind.valueOf(row.column(3)), row.where());
        case "determiner" -> instrumentDeterminers.add(row.column(2).toLowerCase(Locale.ROOT));
        case "status" ->
            statuses.add(row.column(2), InstrumentStatus.valueOf(row.column(3)), row.where());
        default -> throw new IllegalStateException(row.where() + ": unknown role " + row.column(1));
      }
    }
    for (DataFile.Row row : DataFile.read("contacts.tsv")) {
      if (!row.column(0).equals(language)) {
        continue;
      }
      switch (row.column(1)) {
        case "marker" -> contactMarkers.add(row.column(2).toLowerCase(Locale.ROOT));
        case "organisation" -> organisationWords.add(row.column(2));
        case "role" -> roleWords.add(row.column(2));
        default -> throw new IllegalStateException(row.where() + ": unknown role " + row.column(1));
      }
    }
    for (DataFile.Row row : DataFile.read("meetings.tsv")) {
      if (!row.column(0).equals(language)) {
        continue;
      }
      String words = row.column(2);
      switch (row.column(1)) {
        case "forum-head" -> forumHeads.add(words);
        case "title-word" -> titleWords.add(words);
        case "document-title-word" -> documentTitleWords.add(words.toLowerCase(Locale.ROOT));
        case "host-verb" -> hostVerbs.add(words, words, row.where());
        case "meeting-word" -> meetingWords.add(words.toLowerCase(Locale.ROOT));
        case "ordinal" -> ordinals.add(words, row.column(3), row.where());
        case "month" -> months.put(words.toLowerCase(Locale.ROOT), Integer.parseInt(row.column(3)));
        default -> throw new IllegalStateException(row.where() + ": unknown role " + row.column(1));
      }
    }
    for (DataFile.Row row : DataFile.read("abbreviations.tsv")) {
      if (row.column(0).equals(language)) {
        abbreviations.add(row.column(1));
      }
    }
  }

  static LanguageData of(String language) {
    return LOADED.computeIfAbsent(language, LanguageData::new);
  }

  boolean isParticiple(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (participles.contains(lower)) {
      return true;
    }
    for (String ending : participleEndings) {
      if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
