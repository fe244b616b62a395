package io.github.cbcf.text.internal;

import io.github.cbcf.lexicon.Lexicon;
import io.github.cbcf.model.Contact;
import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.LineIndex;
import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Participant;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceDocument;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.text.ImportWarning;
import io.github.cbcf.text.StatementException;
import io.github.cbcf.text.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an extracted statement into a draft record: layout, sentences and clauses, kind and
 * orientation from each clause's verb, parties, instruments, meeting facts and contacts, each with
 * its evidence.
 */
public final class Importer {
  private static final Map<String, Sentences> SENTENCES = new ConcurrentHashMap<>();

  private final Path file;
  private final Extracted extracted;
  private final Settings settings;
  private final String text;
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final List<Evidence> recordEvidence = new ArrayList<>();
  private LineIndex lines;
  private io.github.cbcf.text.OutcomeTagger tagger;
  private String language;

  private Importer(Path file, Extracted extracted, Settings settings) {
    this.file = file;
    this.extracted = extracted;
    this.settings = settings;
    this.text = extracted.text;
  }

  /**
   * Imports an extracted statement.
   *
   * @param file the statement's file, for messages and provenance
   * @param extracted its text
   * @param settings what the person importing it gave
   * @return the draft record and the warnings
   * @throws StatementException when the statement cannot be imported
   */
  public static Draft run(Path file, Extracted extracted, Settings settings) {
    return new Importer(file, extracted, settings).run();
  }

  private static final class ClauseInfo {
    final Clauses.Clause clause;
    final Layout.Paragraph paragraph;
    final int sentence;
    ClauseInfo previousInSentence;

    /**
     * The clause that introduces the list this clause is an item of ("will continue working
     * together to:").
     */
    ClauseInfo leadIn;

    List<String> parties;
    boolean partiesInherited;

    ClauseInfo(Clauses.Clause clause, Layout.Paragraph paragraph, int sentence) {
      this.clause = clause;
      this.paragraph = paragraph;
      this.sentence = sentence;
    }
  }

  private Draft run() {
    language = language();
    lines = new LineIndex(text);
    tagger = settings.tagger.forLanguage(language);
    warnAboutLexiconsOfAnotherLanguage();
    LanguageData data = LanguageData.of(language);
    Layout layout = new Layout(extracted, data);
    if (layout.paragraphs.isEmpty()) {
      throw new StatementException(
          file,
          "no sentences were found, only headings or contacts; give the text of"
              + " the statement itself");
    }
    String analysis = layout.analysis;
    Sentences sentences = SENTENCES.computeIfAbsent(language, l -> new Sentences(data));
    Clauses clauses = new Clauses(data, analysis);
    List<ClauseInfo> infos = new ArrayList<>();
    int sentenceNumber = 0;
    List<int[]> introSentences = new ArrayList<>();
    ClauseInfo leadIn = null;
    Set<ClauseInfo> leadIns = new HashSet<>();
    for (Layout.Paragraph paragraph : layout.paragraphs) {
      if (!paragraph.item) {
        leadIn = null;
      }
      ClauseInfo last = null;
      for (int[] span : sentences.split(analysis, paragraph.start, paragraph.end)) {
        if (paragraph.section == null) {
          introSentences.add(span);
        }
        ClauseInfo previous = null;
        for (Clauses.Clause clause : clauses.split(span[0], span[1])) {
          ClauseInfo info = new ClauseInfo(clause, paragraph, sentenceNumber);
          info.previousInSentence = previous;
          info.leadIn = paragraph.item ? leadIn : null;
          if (info.leadIn != null) {
            leadIns.add(info.leadIn);
          }
          infos.add(info);
          previous = info;
          last = info;
        }
        sentenceNumber++;
      }
      if (last != null && !paragraph.item && text.charAt(paragraph.end - 1) == ':') {
        leadIn = last;
      }
    }
    // A lead-in ending with ':' is not an outcome of its own: its items are, with its verb and
    // parties.
    infos.removeAll(leadIns);
    if (infos.isEmpty()) {
      throw new StatementException(
          file,
          "no sentences were found, only headings or contacts; give the text of"
              + " the statement itself");
    }

    int introEnd =
        layout.paragraphs.stream()
            .filter(p -> p.section == null)
            .mapToInt(p -> p.end)
            .max()
            .orElse(layout.paragraphs.get(0).end);
    MeetingFinder meeting = new MeetingFinder(data, analysis, lines);
    List<MeetingFinder.FoundParticipant> found = meeting.participants(introSentences);

    Map<String, String> partyNames = parties(data, infos, found, layout);
    List<String> allParties = List.copyOf(partyNames.keySet());
    for (ClauseInfo info : infos) {
      info.parties = partiesOf(info, allParties);
    }

    List<Section> sections = new ArrayList<>();
    Map<Layout.Heading, String> sectionIds = new HashMap<>();
    Ids usedSectionIds = new Ids();
    String introId = null;
    if (layout.paragraphs.stream().anyMatch(p -> p.section == null)) {
      introId = unique("introduction", usedSectionIds);
      Layout.Paragraph first = layout.paragraphs.get(0);
      int wordsEnd =
          Math.min(
              first.end,
              text.indexOf('\n', first.start) < 0
                  ? first.end
                  : Math.min(first.end, text.indexOf('\n', first.start)));
      sections.add(
          new Section.Builder()
              .id(introId)
              .title(language.equals("fr") ? "Introduction" : "Introduction")
              .addEvidence(
                  evidence(
                      "title",
                      "Introduction",
                      first.start,
                      wordsEnd,
                      "the text before the first heading"))
              .build());
    }
    for (Layout.Heading heading : layout.headings) {
      String title = text.substring(heading.start, heading.end);
      String id = unique(slug(title, 40), usedSectionIds);
      sectionIds.put(heading, id);
      sections.add(
          new Section.Builder()
              .id(id)
              .title(title)
              .location(span(heading.start, heading.end))
              .addEvidence(
                  evidence("title", title, heading.start, heading.end, "heading: " + heading.how))
              .build());
    }

    // Instruments, one per title, with the outcomes that mention them.
    InstrumentFinder instrumentFinder = new InstrumentFinder(data, analysis);
    Map<String, Instrument> instruments = new LinkedHashMap<>();
    Map<String, String> instrumentIdByTitle = new HashMap<>();
    Map<ClauseInfo, List<InstrumentFinder.Mention>> mentionsByClause = new HashMap<>();
    Ids usedInstrumentIds = new Ids();
    for (ClauseInfo info : infos) {
      List<InstrumentFinder.Mention> mentions =
          instrumentFinder.find(info.clause.start, info.clause.end);
      mentionsByClause.put(info, mentions);
      for (InstrumentFinder.Mention mention : mentions) {
        String key = mention.title.toLowerCase(Locale.ROOT);
        if (instrumentIdByTitle.containsKey(key)) {
          continue;
        }
        String id = unique(slug(mention.title, 40), usedInstrumentIds);
        instrumentIdByTitle.put(key, id);
        instruments.put(
            id,
            new Instrument.Builder()
                .id(id)
                .title(mention.title)
                .kind(mention.kind)
                .jurisdictions(jurisdictions(data, mention, info, allParties))
                .status(mention.status)
                .named(mention.named)
                .build());
      }
    }

    List<Outcome> outcomes = new ArrayList<>();
    List<Qualifier> recordQualifiers = new ArrayList<>();
    Map<String, Integer> perSection = new HashMap<>();
    Map<Layout.Heading, Integer> firstSentenceOf = new HashMap<>();
    for (ClauseInfo info : infos) {
      if (info.paragraph.section != null) {
        firstSentenceOf.putIfAbsent(info.paragraph.section, info.sentence);
      }
    }
    Map<String, SectionQualifiers> sectionQualifiers = new HashMap<>();
    List<Set<String>> ownSubjects = new ArrayList<>();
    Map<String, String> houseSubjects = new LinkedHashMap<>();
    for (int index = 0; index < infos.size(); index++) {
      ClauseInfo info = infos.get(index);
      Clauses.Clause clause = info.clause;
      Layout.Heading heading = info.paragraph.section;
      String sectionId = heading == null ? introId : sectionIds.get(heading);
      int number = perSection.merge(sectionId, 1, Integer::sum);
      String words = text.substring(clause.start, clause.end);
      Outcome.Builder outcome =
          new Outcome.Builder()
              .id(sectionId + "-" + number)
              .section(sectionId)
              .text(words)
              .location(span(clause.start, clause.end));
      outcome.addEvidence(
          evidence(
              "text",
              "outcome " + number + " of " + sectionId,
              clause.start,
              clause.end,
              clause.cut.equals("sentence")
                  ? "a sentence (ICU sentence break, abbreviations.tsv)"
                  : "a " + clause.cut + " with its own verb"));
      if (heading != null) {
        outcome.addEvidence(
            evidence("section", sectionId, heading.start, heading.end, "heading: " + heading.how));
      } else {
        outcome.addEvidence(
            evidence(
                "section",
                sectionId,
                clause.start,
                clause.end,
                "the text before the first heading"));
      }
      kindAndOrientation(clauses, info, outcome);
      outcome.addAllParties(info.parties);
      partyEvidence(info, outcome);
      for (InstrumentFinder.Mention mention : mentionsByClause.get(info)) {
        String id = instrumentIdByTitle.get(mention.title.toLowerCase(Locale.ROOT));
        outcome.addInstruments(id);
        outcome.addEvidence(
            evidence(
                "instruments",
                id,
                mention.start,
                mention.end,
                mention.entry + (mention.named ? "" : "; not named")));
      }
      boolean opening = info == infos.get(0) || infos.get(0).sentence == info.sentence;
      boolean sectionOpening =
          !opening && heading != null && firstSentenceOf.get(heading) == info.sentence;
      QualifierTarget target =
          opening
              ? new QualifierTarget(
                  recordQualifiers,
                  recordEvidence,
                  "; in the statement's opening, so for the whole record")
              : sectionOpening
                  ? sectionQualifiers
                      .computeIfAbsent(sectionId, id -> new SectionQualifiers())
                      .target(sectionId)
                  : null;
      Set<String> own = topical(tag(clause, outcome, target, houseSubjects));
      ownSubjects.add(own);
      if (own.isEmpty()) {
        carrySubjectsBack(data, infos, index, ownSubjects, outcome);
      }
      outcomes.add(dedupeInstruments(outcome.build()));
    }
    sections.replaceAll(
        section ->
            sectionQualifiers.containsKey(section.getId())
                ? new Section.Builder()
                    .from(section)
                    .addAllQualifiers(sectionQualifiers.get(section.getId()).qualifiers)
                    .addAllEvidence(sectionQualifiers.get(section.getId()).evidence)
                    .build()
                : section);

    List<Contact> contacts =
        new ContactsReader(data, text, lines).read(layout.contactLines, recordEvidence);

    ForumRecord.Builder record = new ForumRecord.Builder();
    meetingFacts(data, layout, meeting, introEnd, record);
    Ids participantIds = new Ids();
    for (MeetingFinder.FoundParticipant participant : found) {
      if (!partyNames.containsKey(participant.jurisdiction)) {
        continue;
      }
      String[] names = participant.name.split(" ");
      String id = unique(slug(names[names.length - 1], 30), participantIds);
      record.addParticipants(
          new Participant.Builder()
              .id(id)
              .name(participant.name)
              .title(participant.title)
              .jurisdiction(participant.jurisdiction)
              .role(participant.role)
              .build());
      recordEvidence.add(
          evidence(
              "participants",
              id,
              participant.start,
              participant.end,
              participant.entry
                  + (participant.roleStated
                      ? "; role from meetings.tsv host-verb"
                      : "; role not stated")));
      if (!participant.roleStated) {
        warn(
            "the statement does not say whether "
                + participant.name
                + " hosted or was a guest; the draft says"
                + " GUEST: correct it if needed",
            participant.start,
            participant.end);
      }
    }
    partyNames.forEach((code, name) -> record.addParties(Party.of(code, name)));
    houseSubjects.forEach((code, label) -> record.addSubjects(Subject.of(code, label)));
    String id = settings.id != null ? settings.id : slug(baseName(), 60);
    record
        .id(id.isEmpty() ? "statement" : id)
        .addAllSections(sections)
        .addAllInstruments(instruments.values())
        .addAllOutcomes(outcomes)
        .addAllQualifiers(recordQualifiers)
        .addAllContacts(contacts)
        .addAllEvidence(recordEvidence)
        .source(
            new SourceDocument.Builder()
                .title(layout.title != null ? layout.title : baseName())
                .language(language)
                .provenance(
                    "Imported by cbcf from "
                        + fileName()
                        + " ("
                        + extracted.format.name().toLowerCase(Locale.ROOT)
                        + "); offsets refer to the text extracted from it, with line ends normalised. A draft for a person to"
                        + " check and correct.")
                .text(text)
                .build());
    return new Draft(record.build(), warnings);
  }

  private String language() {
    if (settings.language != null) {
      String language = settings.language.toLowerCase(Locale.ROOT);
      if (!LanguageGuess.isCovered(language)) {
        throw new StatementException(
            file,
            "the language '"
                + settings.language
                + "' is not covered; the import"
                + " reads "
                + String.join(" and ", LanguageGuess.covered())
                + " statements");
      }
      return language;
    }
    LanguageGuess.Guess guess = LanguageGuess.of(text);
    if (guess.language == null || guess.share < 0.05) {
      throw new StatementException(
          file,
          "the statement's language cannot be told; give it with --language "
              + String.join(" or ", LanguageGuess.covered()));
    }
    if (!guess.covered) {
      String name = Locale.forLanguageTag(guess.language).getDisplayLanguage(Locale.ENGLISH);
      throw new StatementException(
          file,
          "the statement looks "
              + name
              + " ("
              + guess.language
              + "), a language"
              + " the import does not cover; it reads English (en) and French (fr) statements: import a translation,"
              + " or give --language if the guess is wrong");
    }
    return guess.language;
  }

  private Map<String, String> parties(
      LanguageData data,
      List<ClauseInfo> infos,
      List<MeetingFinder.FoundParticipant> participants,
      Layout layout) {
    Map<String, String> names = new LinkedHashMap<>();
    if (!settings.parties.isEmpty()) {
      for (String code : settings.parties) {
        names.put(code, data.countryNames.getOrDefault(code, code));
      }
      return names;
    }
    // Statements open by saying who met: the first sentence's countries, and groups with known
    // members ("the G7")
    // named in the opening paragraph, are parties.
    Layout.Paragraph opening = layout.paragraphs.get(0);
    int firstSentenceEnd =
        infos.stream()
            .filter(i -> i.sentence == infos.get(0).sentence)
            .mapToInt(i -> i.clause.end)
            .max()
            .orElse(opening.end);
    List<Phrases.Hit<LanguageData.PartyPhrase>> named = new ArrayList<>();
    named.addAll(data.countries.findAll(text, opening.start, firstSentenceEnd));
    named.addAll(data.adjectives.findAll(text, opening.start, firstSentenceEnd));
    named.addAll(
        data.groups.findAll(text, opening.start, opening.end).stream()
            .filter(h -> !h.value().all)
            .toList());
    named.sort(java.util.Comparator.comparingInt(h -> h.start));
    for (Phrases.Hit<LanguageData.PartyPhrase> hit : named) {
      for (String code : hit.value().codes) {
        if (!names.containsKey(code)) {
          names.put(
              code,
              hit.value().country
                      && hit.value().codes.size() == 1
                      && data.adjectives.at(text, hit.start) == null
                  ? displayName(data, code, hit)
                  : data.countryNames.getOrDefault(code, code));
          recordEvidence.add(
              evidence(
                  "parties",
                  code,
                  hit.start,
                  hit.end,
                  hit.entry.entry() + "; named in the statement's opening"));
        }
      }
      if (hit.value().note != null) {
        warn(hit.value().note, hit.start, hit.end);
      }
    }
    for (ClauseInfo info : infos) {
      if (info.clause.subject == null
          || info.clause.verb == null && info.clause.subject.start != info.clause.start) {
        continue;
      }
      for (Phrases.Hit<LanguageData.PartyPhrase> hit : info.clause.subject.hits) {
        LanguageData.PartyPhrase phrase = hit.value();
        for (String code : phrase.codes) {
          if (!names.containsKey(code)) {
            names.put(
                code,
                phrase.country
                    ? displayName(data, code, hit)
                    : data.countryNames.getOrDefault(code, code));
            recordEvidence.add(
                evidence(
                    "parties",
                    code,
                    hit.start,
                    hit.end,
                    hit.entry.entry() + "; named as the subject of a sentence"));
          }
        }
        if (phrase.note != null) {
          warn(phrase.note, hit.start, hit.end);
        }
      }
    }
    for (MeetingFinder.FoundParticipant participant : participants) {
      if (!names.containsKey(participant.jurisdiction)) {
        names.put(
            participant.jurisdiction,
            data.countryNames.getOrDefault(participant.jurisdiction, participant.jurisdiction));
        recordEvidence.add(
            evidence(
                "parties",
                participant.jurisdiction,
                participant.start,
                participant.end,
                participant.entry + "; a participant's country"));
      }
    }
    if (names.isEmpty()) {
      Layout.Paragraph first = layout.paragraphs.get(0);
      for (Phrases.Hit<LanguageData.PartyPhrase> hit :
          data.countries.findAll(text, first.start, first.end)) {
        String code = hit.value().codes.get(0);
        if (!names.containsKey(code)) {
          names.put(code, displayName(data, code, hit));
          recordEvidence.add(
              evidence(
                  "parties",
                  code,
                  hit.start,
                  hit.end,
                  hit.entry.entry() + "; named in the statement's first paragraph"));
        }
      }
    }
    if (names.isEmpty()) {
      throw new StatementException(
          file,
          "no party (country) could be found in the statement; give the parties"
              + " with --party, for example --party US --party CA");
    }
    return names;
  }

  private String displayName(
      LanguageData data, String code, Phrases.Hit<LanguageData.PartyPhrase> hit) {
    String words = text.substring(hit.start, hit.end);
    String bare = words.replaceFirst("^(?i)(the|le|la|les|l’) ", "");
    return data.countryNames.containsKey(code) && bare.length() <= 3
        ? data.countryNames.get(code)
        : bare;
  }

  private List<String> partiesOf(ClauseInfo info, List<String> allParties) {
    Clauses.Subject subject = info.clause.subject;
    boolean ownSubject =
        subject != null && (info.clause.verb != null || subject.start == info.clause.start);
    if (ownSubject) {
      Set<String> codes = new LinkedHashSet<>();
      for (Phrases.Hit<LanguageData.PartyPhrase> hit : subject.hits) {
        codes.addAll(hit.value().all ? allParties : hit.value().codes);
      }
      codes.retainAll(allParties);
      if (!codes.isEmpty()) {
        return List.copyOf(codes);
      }
    }
    if (info.previousInSentence != null) {
      info.partiesInherited = true;
      return info.previousInSentence.parties;
    }
    if (info.leadIn != null) {
      info.partiesInherited = true;
      return partiesOf(info.leadIn, allParties);
    }
    return allParties;
  }

  private void partyEvidence(ClauseInfo info, Outcome.Builder outcome) {
    Clauses.Subject subject = info.clause.subject;
    boolean ownSubject =
        subject != null
            && (info.clause.verb != null || subject.start == info.clause.start)
            && !info.partiesInherited;
    for (String code : info.parties) {
      Phrases.Hit<LanguageData.PartyPhrase> source = null;
      if (ownSubject) {
        for (Phrases.Hit<LanguageData.PartyPhrase> hit : subject.hits) {
          if (hit.value().all || hit.value().codes.contains(code)) {
            source = hit;
            break;
          }
        }
      }
      if (source != null) {
        outcome.addEvidence(
            evidence(
                "parties",
                code,
                source.start,
                source.end,
                source.entry.entry() + (source.value().all ? "; every party of the record" : "")));
      } else {
        int[] at =
            info.clause.verb != null
                ? new int[] {info.clause.verb.start, info.clause.verb.end}
                : new int[] {info.clause.start, wordEnd(info.clause.start, info.clause.end)};
        outcome.addEvidence(
            evidence(
                "parties",
                code,
                at[0],
                at[1],
                info.partiesInherited
                    ? "no subject of its own: the parties of the clause before, or of the list's lead-in"
                    : "no party named as subject: every party of the record"));
      }
    }
  }

  private void kindAndOrientation(Clauses clauses, ClauseInfo info, Outcome.Builder outcome) {
    Clauses.Clause clause = info.clause;
    if (clause.verb == null && info.leadIn != null && info.leadIn.clause.verb != null) {
      Phrases.Hit<LanguageData.Verb> verb = info.leadIn.clause.verb;
      outcome.kind(verb.value().kind).orientation(verb.value().orientation);
      outcome.addEvidence(
          evidence(
              "kind",
              verb.value().kind.name(),
              verb.start,
              verb.end,
              verb.entry.entry() + "; the verb of the list's lead-in"));
      outcome.addEvidence(
          evidence(
              "orientation",
              verb.value().orientation.name(),
              verb.start,
              verb.end,
              verb.entry.entry() + "; the verb of the list's lead-in"));
      return;
    }
    if (clause.verb != null) {
      LanguageData.Verb verb = clause.verb.value();
      outcome.kind(verb.kind).orientation(verb.orientation);
      outcome.addEvidence(
          evidence(
              "kind",
              verb.kind.name(),
              clause.verb.start,
              clause.verb.end,
              clause.verb.entry.entry()));
      outcome.addEvidence(
          evidence(
              "orientation",
              verb.orientation.name(),
              clause.verb.start,
              clause.verb.end,
              clause.verb.entry.entry()));
      if (verb.kind == OutcomeKind.STATED) {
        warn(
            "'"
                + text.substring(clause.verb.start, clause.verb.end)
                + "' binds no one by itself: the draft says"
                + " STATED; choose a stronger kind if the sentence commits the parties",
            clause.start,
            clause.end);
      }
      return;
    }
    int[] past = clauses.pastMarker(clause.start, clause.end);
    Orientation orientation = past != null ? Orientation.PAST : Orientation.BACKGROUND;
    int[] words = past != null ? past : new int[] {clause.start, wordEnd(clause.start, clause.end)};
    outcome.kind(OutcomeKind.STATED).orientation(orientation);
    outcome.addEvidence(
        evidence(
            "kind",
            OutcomeKind.STATED.name(),
            words[0],
            words[1],
            "no verb of verbs."
                + language
                + ".tsv opens the clause or follows its subject: the weakest kind"));
    outcome.addEvidence(
        evidence(
            "orientation",
            orientation.name(),
            words[0],
            words[1],
            past != null
                ? "tense.tsv: an auxiliary and a past participle"
                : "no party verb: a description or background"));
    warn(
        "no verb of the lexicon opens this "
            + (info.previousInSentence == null ? "sentence" : "clause")
            + " or follows its subject; the draft says STATED and "
            + orientation
            + ": check the kind, or remove the outcome if it binds no one",
        clause.start,
        clause.end);
  }

  /** Where qualifiers found in an opening sentence go, and what their evidence adds. */
  private record QualifierTarget(List<Qualifier> qualifiers, List<Evidence> evidence, String why) {}

  /** The qualifiers of a section's first sentence, which apply to the whole section. */
  private static final class SectionQualifiers {
    final List<Qualifier> qualifiers = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();

    QualifierTarget target(String sectionId) {
      return new QualifierTarget(
          qualifiers,
          evidence,
          "; in the first sentence of section " + sectionId + ", so for the whole section");
    }
  }

  /**
   * Tags one clause.
   *
   * @param target where qualifiers go when the clause opens the statement or a section; null for
   *     the outcome itself
   * @param houseSubjects collects codes outside the built-in catalogue, with their labels
   * @return the subjects found in the clause's own words
   */
  private Set<String> tag(
      Clauses.Clause clause,
      Outcome.Builder outcome,
      QualifierTarget target,
      Map<String, String> houseSubjects) {
    Set<String> subjects = new LinkedHashSet<>();
    for (Tag tag : tagger.tag(text, clause.start, clause.end)) {
      if (tag.getStart() < clause.start || tag.getEnd() > clause.end) {
        continue;
      }
      String words = text.substring(tag.getStart(), tag.getEnd());
      if (tag.getSubject().isPresent()) {
        String code = tag.getSubject().get();
        if (subjects.add(code)) {
          outcome.addSubjects(code);
          outcome.addEvidence(
              evidence("subjects", code, tag.getStart(), tag.getEnd(), tag.getEntry()));
          if (!Subjects.isBuiltIn(code)) {
            houseSubjects.putIfAbsent(code, tag.getLabel().orElse(code));
          }
        }
      } else {
        Qualifier qualifier =
            new Qualifier.Builder()
                .kind(tag.getQualifier().get())
                .text(words)
                .location(span(tag.getStart(), tag.getEnd()))
                .build();
        Evidence evidence =
            evidence(
                "qualifiers",
                tag.getQualifier().get().name(),
                tag.getStart(),
                tag.getEnd(),
                tag.getEntry() + (target != null ? target.why() : ""));
        if (target != null) {
          target.qualifiers().add(qualifier);
          target.evidence().add(evidence);
        } else {
          outcome.addQualifiers(qualifier);
          outcome.addEvidence(evidence);
        }
      }
    }
    return subjects;
  }

  /**
   * The subjects that say what a clause is about: all but those that only say it is cooperation
   * ("work together", "joint efforts"), which a clause that refers back usually has.
   */
  private static Set<String> topical(Set<String> subjects) {
    Set<String> topical = new LinkedHashSet<>(subjects);
    topical.remove(Subjects.COOPERATION_LAW_ENFORCEMENT);
    topical.remove(Subjects.COOPERATION_DIALOGUE);
    return topical;
  }

  /**
   * A clause without subjects of its own (beyond cooperation itself) that refers back takes
   * subjects from earlier clauses of the same section: for "this issue", those of the nearest
   * earlier clause of its sentence or of the sentence before that has any; for "them" or "these
   * efforts", those of every earlier clause of its sentence and of the sentence before. Each
   * carried subject's evidence names the sentence it came from.
   */
  private void carrySubjectsBack(
      LanguageData data,
      List<ClauseInfo> infos,
      int index,
      List<Set<String>> ownSubjects,
      Outcome.Builder outcome) {
    ClauseInfo info = infos.get(index);
    List<Phrases.Hit<String>> references =
        data.backReferences.findAll(text, info.clause.start, info.clause.end);
    if (references.isEmpty()) {
      return;
    }
    Phrases.Hit<String> reference = references.get(0);
    Set<String> carried = new LinkedHashSet<>();
    for (int earlier = index - 1; earlier >= 0; earlier--) {
      ClauseInfo antecedent = infos.get(earlier);
      if (antecedent.paragraph.section != info.paragraph.section
          || antecedent.sentence < info.sentence - 1) {
        return;
      }
      for (String code : ownSubjects.get(earlier)) {
        if (!carried.add(code)) {
          continue;
        }
        outcome.addSubjects(code);
        outcome.addEvidence(
            evidence(
                "subjects",
                code,
                reference.start,
                reference.end,
                reference.entry.entry()
                    + "; refers back: carried from sentence "
                    + (antecedent.sentence + 1)
                    + " (\""
                    + firstWords(antecedent.clause)
                    + "\")"));
      }
      if (!carried.isEmpty() && reference.value().equals("one")) {
        return;
      }
    }
  }

  private String firstWords(Clauses.Clause clause) {
    String words = text.substring(clause.start, clause.end).strip();
    String[] parts = words.split("\\s+");
    return parts.length <= 8 ? words : String.join(" ", List.of(parts).subList(0, 8)) + " ...";
  }

  private void warnAboutLexiconsOfAnotherLanguage() {
    String primary =
        language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
    for (Lexicon lexicon : settings.lexicons) {
      if (!lexicon.getLanguage().equals(primary) && !lexicon.getEntries().isEmpty()) {
        warn(
            lexicon.getEntries().get(0).getFile()
                + " is a lexicon in '"
                + lexicon.getLanguage()
                + "' and the statement is in '"
                + language
                + "': its entries were not used; give a lexicon in '"
                + primary
                + "' for this statement",
            -1,
            -1);
      }
    }
  }

  private static Outcome dedupeInstruments(Outcome outcome) {
    List<String> distinct = outcome.getInstruments().stream().distinct().toList();
    return distinct.size() == outcome.getInstruments().size()
        ? outcome
        : new Outcome.Builder().from(outcome).instruments(distinct).build();
  }

  private List<String> jurisdictions(
      LanguageData data,
      InstrumentFinder.Mention mention,
      ClauseInfo info,
      List<String> allParties) {
    Set<String> codes = new LinkedHashSet<>();
    String before =
        text.substring(Math.max(info.clause.start, mention.start - 30), mention.start)
            .toLowerCase(Locale.ROOT);
    boolean possessive = before.matches("(?s).*\\b(its|their|sa|son|ses|leur|leurs)\\b.*");
    if (possessive && info.clause.subject != null && info.clause.verb != null) {
      for (Phrases.Hit<LanguageData.PartyPhrase> hit : info.clause.subject.hits) {
        codes.addAll(hit.value().codes);
      }
    }
    if (codes.isEmpty()) {
      for (Phrases.Hit<LanguageData.PartyPhrase> hit :
          data.countries.findAll(text, mention.start, mention.end)) {
        codes.addAll(hit.value().codes);
      }
      for (Phrases.Hit<LanguageData.PartyPhrase> hit :
          data.adjectives.findAll(text, mention.start, mention.end)) {
        codes.addAll(hit.value().codes);
      }
    }
    if (codes.isEmpty()) {
      codes.addAll(info.parties != null ? info.parties : allParties);
    }
    return List.copyOf(codes);
  }

  private void meetingFacts(
      LanguageData data,
      Layout layout,
      MeetingFinder meeting,
      int introEnd,
      ForumRecord.Builder record) {
    int bodyEnd = layout.paragraphs.get(layout.paragraphs.size() - 1).end;
    if (settings.forum != null) {
      record.forum(settings.forum);
    } else {
      MeetingFinder.Fact forum = meeting.forum(0, introEnd);
      if (forum == null) {
        forum = meeting.forum(0, bodyEnd);
      }
      if (forum != null) {
        record.forum(forum.value);
        recordEvidence.add(forum.evidence);
      } else {
        record.forum(layout.title != null ? layout.title : "Forum not stated");
        warn(
            "the statement does not name its forum; the draft uses "
                + (layout.title != null ? "its title" : "'Forum not stated'")
                + ": set forum",
            -1,
            -1);
      }
    }
    MeetingFinder.Fact edition = meeting.edition(0, introEnd);
    if (edition != null) {
      record.edition(edition.value);
      recordEvidence.add(edition.evidence);
    }
    if (settings.place != null) {
      record.place(settings.place);
    } else {
      MeetingFinder.Fact place = meeting.place(0, introEnd);
      if (place == null) {
        for (int[] line : layout.metaLines) {
          String words = text.substring(line[0], line[1]);
          if (Layout.mentionsDate(words, data) && words.matches("^\\p{Lu}[\\p{L} .’'-]+,.*")) {
            String name = words.substring(0, words.indexOf(','));
            place =
                new MeetingFinder.Fact(
                    name,
                    evidence("place", name, line[0], line[0] + name.length(), "the dateline"));
            break;
          }
        }
      }
      if (place != null) {
        record.place(place.value);
        recordEvidence.add(place.evidence);
      } else {
        record.place("not stated");
        warn(
            "the statement does not say where the meeting took place; the draft says 'not stated': set place",
            -1,
            -1);
      }
    }
    if (settings.date != null) {
      record.date(settings.date);
      return;
    }
    MeetingFinder.Fact date = null;
    for (int[] line : layout.metaLines) {
      date = date != null ? date : meeting.date(line[0], line[1]);
    }
    if (date == null) {
      date = meeting.date(0, introEnd);
    }
    if (date != null) {
      record.date(date.value);
      recordEvidence.add(date.evidence);
    } else if (extracted.metadataDate != null) {
      record.date(extracted.metadataDate);
      warn(
          "the statement's text gives no meeting date; the draft uses the date in the document's metadata ("
              + extracted.metadataDate
              + "), which may be the publication date: check it",
          -1,
          -1);
    } else {
      String month = fileMonth();
      record.date(month);
      warn(
          "the statement gives no meeting date; the draft uses the month the file was last changed ("
              + month
              + "): set date",
          -1,
          -1);
    }
  }

  private String fileMonth() {
    try {
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      var date = modified.atZone(ZoneOffset.UTC).toLocalDate();
      return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
    } catch (IOException e) {
      return String.valueOf(java.time.Year.now(ZoneOffset.UTC).getValue());
    }
  }

  private int wordEnd(int start, int limit) {
    int end = start;
    while (end < limit && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return Math.max(end, start + 1);
  }

  private void warn(String message, int start, int end) {
    warnings.add(ImportWarning.of(message, start < 0 ? null : span(start, end)));
  }

  private Evidence evidence(String field, String value, int start, int end, String entry) {
    return Evidence.of(field, value, text.substring(start, end), span(start, end), entry);
  }

  private SourceSpan span(int start, int end) {
    return lines.span(start, end);
  }

  private String fileName() {
    return file == null || file.getFileName() == null ? "text" : file.getFileName().toString();
  }

  private String baseName() {
    String name = fileName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String slug(String words, int max) {
    String ascii =
        Normalizer.normalize(words, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > max) {
      int cut = ascii.lastIndexOf('-', max);
      ascii = ascii.substring(0, cut > 0 ? cut : max);
    }
    return ascii.isEmpty() ? "item" : ascii;
  }

  private static String unique(String id, Ids used) {
    return used.unique(id);
  }

  /**
   * Ids given so far in one id space; a repeated id gets the next free number, found without a
   * rescan.
   */
  private static final class Ids {
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> next = new HashMap<>();

    String unique(String id) {
      if (used.add(id)) {
        return id;
      }
      int i = next.getOrDefault(id, 2);
      while (!used.add(id + "-" + i)) {
        i++;
      }
      next.put(id, i + 1);
      return id + "-" + i;
    }
  }
}
