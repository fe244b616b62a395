package io.github.cbcf.model.generators;

import io.github.cbcf.model.Contact;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.InstrumentKind;
import io.github.cbcf.model.InstrumentStatus;
import io.github.cbcf.model.Jurisdictions;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Participant;
import io.github.cbcf.model.ParticipantRole;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceDocument;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Builds arbitrary valid {@link ForumRecord}s from a {@link SplittableRandom}, through the model's
 * own builders, for property tests here and in other modules (through this module's test-jar). The
 * same seed always gives the same record, so a failing seed can be replayed.
 *
 * <p>A record has 1 to 6 parties named by ISO codes, participants, named and unnamed instruments,
 * sections with and without headings, declared subjects beside the built-in ones, and outcomes of
 * random kinds with subjects, qualifiers (located or not) and instrument references. The source
 * text is generated with the record: every located outcome, heading and qualifier is placed in it,
 * and its offsets and line are counted while the text is written, not looked up afterwards. Words
 * include YAML-sensitive and non-ASCII ones ({@code NO}, {@code null}, {@code #}, {@code : }, curly
 * quotes, an emoji) so that writers are exercised.
 *
 * <p>When a record has outcomes, its source text ends exactly where the last placed outcome ends,
 * so that cutting anything off the text always breaks an offset.
 *
 * <p>Another module uses it through a test dependency on {@code io.github.cbcf:cbcf-model} with
 * {@code <type>test-jar</type>}; {@link Seeds} gives property tests their seeds.
 */
public final class RecordGenerator {
  /** The most parties {@link #record(SplittableRandom)} picks. */
  public static final int MAX_PARTIES = 6;

  /** The most outcomes {@link #record(SplittableRandom)} picks. */
  public static final int MAX_OUTCOMES = 12;

  private static final List<String> WORDS =
      List.of(
          "security",
          "border",
          "cooperation",
          "partners",
          "agencies",
          "information",
          "joint",
          "review",
          "data",
          "fentanyl",
          "firearms",
          "smuggling",
          "networks",
          "ministers",
          "officials",
          "law",
          "enforcement",
          "democracy",
          "élan",
          "naïve",
          "Québec",
          "“quoted”",
          "it’s",
          "—",
          "😀",
          "NO",
          "yes",
          "null",
          "true",
          "~",
          "123",
          "1e3",
          "#hash",
          "a: b",
          "- dash",
          "'single'",
          "\"double\"",
          "&anchor",
          "*alias",
          "!tag",
          "%percent",
          "@at",
          "`tick`",
          "{brace}",
          "[bracket]",
          "|pipe",
          ">fold",
          "back\\slash",
          "50%",
          "U.S.-Canada",
          "C-70");

  private static final List<String> LANGUAGES = List.of("en", "fr", "fr-CA", "de", "es-419");

  private RecordGenerator() {}

  /**
   * Builds a record with 1 to {@value #MAX_PARTIES} parties and 0 to {@value #MAX_OUTCOMES}
   * outcomes.
   *
   * @param random the source of randomness; the same seed gives the same record
   * @return a valid record
   */
  public static ForumRecord record(SplittableRandom random) {
    return record(random, random.nextInt(MAX_OUTCOMES + 1));
  }

  /**
   * Builds a record with 1 to {@value #MAX_PARTIES} parties and exactly the given number of
   * outcomes.
   *
   * @param random the source of randomness
   * @param outcomeCount how many outcomes, 0 or more
   * @return a valid record
   */
  public static ForumRecord record(SplittableRandom random, int outcomeCount) {
    return record(random, 1 + random.nextInt(MAX_PARTIES), outcomeCount);
  }

  /**
   * Builds a record with exactly the given numbers of parties and outcomes.
   *
   * @param random the source of randomness
   * @param partyCount how many parties, 1 or more
   * @param outcomeCount how many outcomes, 0 or more
   * @return a valid record
   */
  public static ForumRecord record(SplittableRandom random, int partyCount, int outcomeCount) {
    if (partyCount < 1 || partyCount > Jurisdictions.countryCodes().size()) {
      throw new IllegalArgumentException(
          "partyCount must be between 1 and "
              + Jurisdictions.countryCodes().size()
              + ", got "
              + partyCount);
    }
    if (outcomeCount < 0) {
      throw new IllegalArgumentException("outcomeCount must be 0 or more, got " + outcomeCount);
    }
    return new Draft(random, partyCount, outcomeCount).build();
  }

  /**
   * Picks distinct ISO 3166-1 alpha-2 codes.
   *
   * @param random the source of randomness
   * @param count how many
   * @return that many distinct codes, in random order
   */
  public static List<String> partyCodes(SplittableRandom random, int count) {
    return pick(random, new ArrayList<>(Jurisdictions.countryCodes()), count);
  }

  /**
   * Picks an element.
   *
   * @param random the source of randomness
   * @param values the values, not empty
   * @param <T> their type
   * @return one of them
   */
  public static <T> T oneOf(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Picks an enum constant.
   *
   * @param random the source of randomness
   * @param type the enum
   * @param <E> the enum type
   * @return one of its constants
   */
  public static <E extends Enum<E>> E oneOf(SplittableRandom random, Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /**
   * Picks {@code count} distinct elements, in random order (a partial Fisher-Yates shuffle of a
   * copy).
   */
  static <T> List<T> pick(SplittableRandom random, List<T> values, int count) {
    List<T> copy = new ArrayList<>(values);
    for (int i = 0; i < count; i++) {
      Collections.swap(copy, i, i + random.nextInt(copy.size() - i));
    }
    return new ArrayList<>(copy.subList(0, count));
  }

  /**
   * The text being written, with the 1-based line of its end, counted as characters are appended.
   */
  private static final class SourceText {
    private final StringBuilder text = new StringBuilder();
    private int line = 1;

    void append(String piece) {
      for (int i = 0; i < piece.length(); i++) {
        if (piece.charAt(i) == '\n') {
          line++;
        }
      }
      text.append(piece);
    }

    /** Appends a piece and tells where it stands. */
    SourceSpan place(String piece) {
      int start = text.length();
      int startLine = line;
      append(piece);
      return SourceSpan.of(start, text.length(), startLine);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /**
   * One record being generated: choices are made in a fixed order so that a seed replays exactly.
   */
  private static final class Draft {
    private final SplittableRandom random;
    private final int outcomeCount;
    private final List<String> partyCodes;
    private final SourceText source = new SourceText();
    private final ForumRecord.Builder record = new ForumRecord.Builder();
    private int nextId;

    Draft(SplittableRandom random, int partyCount, int outcomeCount) {
      this.random = random;
      this.outcomeCount = outcomeCount;
      this.partyCodes = partyCodes(random, partyCount);
    }

    ForumRecord build() {
      record
          .id("record-" + Long.toHexString(random.nextLong() & 0xffffffL))
          .forum(title(1 + random.nextInt(4)))
          .date(date())
          .place(words(1 + random.nextInt(3)));
      if (random.nextBoolean()) {
        record.edition(words(1 + random.nextInt(4)));
      }
      for (String code : partyCodes) {
        record.addParty(Party.of(code, partyName(code)));
      }
      addParticipants();
      List<String> instrumentIds = addInstruments();
      List<String> subjectCodes = addSubjects();

      // The preamble holds the statement-wide qualifiers that are located.
      source.append(sentenceStart());
      for (Qualifier qualifier : qualifiers(2)) {
        record.addQualifier(qualifier);
      }
      source.append(".");

      int sectionCount = outcomeCount == 0 ? random.nextInt(3) : 1 + random.nextInt(4);
      int[] sectionOf = new int[outcomeCount];
      for (int i = 0; i < outcomeCount; i++) {
        sectionOf[i] = random.nextInt(sectionCount);
      }
      if (outcomeCount > 0) {
        // The last outcome goes last, so that the text ends where an outcome ends.
        sectionOf[outcomeCount - 1] = sectionCount - 1;
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int s = 0; s < sectionCount; s++) {
        String sectionId = "section-" + (++nextId);
        addSection(sectionId);
        for (int o = 0; o < outcomeCount; o++) {
          if (sectionOf[o] == s) {
            outcomes.add(outcome(sectionId, instrumentIds, subjectCodes));
          }
        }
      }
      // Outcomes may be listed in any order; the text order is not the list order.
      Collections.shuffle(outcomes, new Random(random.nextLong()));
      record.addAllOutcomes(outcomes);
      addContacts();
      record.source(sourceDocument());
      return record.build();
    }

    private void addParticipants() {
      for (String code : partyCodes) {
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
          Participant.Builder participant =
              new Participant.Builder()
                  .id("participant-" + (++nextId))
                  .name(title(2))
                  .title(title(1 + random.nextInt(3)))
                  .jurisdiction(code)
                  .role(oneOf(random, ParticipantRole.class));
          if (random.nextBoolean()) {
            participant.office(title(2));
          }
          record.addParticipant(participant.build());
        }
      }
    }

    private List<String> addInstruments() {
      List<String> ids = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        String id = "instrument-" + (++nextId);
        boolean named = random.nextBoolean();
        Instrument.Builder instrument =
            new Instrument.Builder()
                .id(id)
                .title(title(1 + random.nextInt(5)))
                .kind(oneOf(random, InstrumentKind.class))
                .status(oneOf(random, InstrumentStatus.class))
                .named(named)
                // Any ISO code will do: an instrument may belong to a country that did not attend.
                .addAllJurisdictions(partyCodes(random, 1 + random.nextInt(3)));
        if (named && random.nextBoolean()) {
          instrument.citation(random.nextInt(60) + " U.S.C. " + random.nextInt(2000));
        }
        record.addInstrument(instrument.build());
        ids.add(id);
      }
      return ids;
    }

    /** Declares 0 to 2 subjects of the record's own; returns every code an outcome may use. */
    private List<String> addSubjects() {
      List<String> codes =
          Subjects.builtIn().stream().map(Subject::getCode).collect(Collectors.toList());
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        String code = "custom.topic-" + (++nextId);
        record.addSubject(Subject.of(code, title(2)));
        codes.add(code);
      }
      return codes;
    }

    private void addSection(String id) {
      String title = title(1 + random.nextInt(4));
      Section.Builder section = new Section.Builder().id(id).title(title);
      if (random.nextInt(4) > 0) {
        source.append("\n");
        section.location(source.place(title));
      }
      if (random.nextBoolean()) {
        source.append("\n" + sentenceStart());
        section.addAllQualifiers(qualifiers(2));
        source.append(".");
      }
      record.addSection(section.build());
    }

    /**
     * 0 to {@code max} qualifiers; the located ones are written into the source where it now
     * stands.
     */
    private List<Qualifier> qualifiers(int max) {
      List<Qualifier> qualifiers = new ArrayList<>();
      int count = random.nextInt(max + 1);
      for (int i = 0; i < count; i++) {
        String text = qualifierText();
        Qualifier.Builder qualifier =
            new Qualifier.Builder().kind(oneOf(random, QualifierKind.class)).text(text);
        if (random.nextInt(3) > 0) {
          source.append(" ");
          qualifier.location(source.place(text));
        }
        qualifiers.add(qualifier.build());
      }
      return qualifiers;
    }

    private Outcome outcome(
        String sectionId, List<String> instrumentIds, List<String> subjectCodes) {
      OutcomeKind kind = oneOf(random, OutcomeKind.class);
      source.append(separator());
      if (random.nextInt(4) == 0) {
        // A sentence between outcomes that no outcome claims.
        source.append(sentenceStart() + "." + separator());
      }
      // The outcome's text: words, the verb, maybe qualifiers (placed inside it), maybe a line
      // break.
      List<String> qualifierTexts = new ArrayList<>();
      List<Boolean> located = new ArrayList<>();
      int qualifierCount = random.nextInt(3);
      for (int q = 0; q < qualifierCount; q++) {
        qualifierTexts.add(qualifierText());
        located.add(random.nextInt(3) > 0);
      }
      StringBuilder text =
          new StringBuilder(sentenceStart())
              .append(' ')
              .append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      List<Integer> qualifierAt = new ArrayList<>();
      for (int q = 0; q < qualifierCount; q++) {
        text.append(random.nextInt(5) == 0 ? "\n" : " ");
        qualifierAt.add(text.length());
        text.append(qualifierTexts.get(q));
      }
      text.append(' ').append(words(1 + random.nextInt(4))).append('.');
      SourceSpan location = source.place(text.toString());

      Outcome.Builder outcome =
          new Outcome.Builder()
              .id("outcome-" + (++nextId))
              .section(sectionId)
              .kind(kind)
              .addAllParties(pick(random, partyCodes, 1 + random.nextInt(partyCodes.size())))
              .text(text.toString())
              .location(location)
              .addAllSubjects(pick(random, subjectCodes, random.nextInt(4)))
              .addAllInstruments(
                  pick(
                      random,
                      instrumentIds,
                      random.nextInt(Math.min(2, instrumentIds.size()) + 1)));
      for (int q = 0; q < qualifierCount; q++) {
        Qualifier.Builder qualifier =
            new Qualifier.Builder()
                .kind(oneOf(random, QualifierKind.class))
                .text(qualifierTexts.get(q));
        if (located.get(q)) {
          int start = location.getStart() + qualifierAt.get(q);
          int line = location.getLine() + newlines(text, qualifierAt.get(q));
          qualifier.location(SourceSpan.of(start, start + qualifierTexts.get(q).length(), line));
        }
        outcome.addQualifier(qualifier.build());
      }
      if (random.nextInt(3) == 0) {
        outcome.owner(words(1 + random.nextInt(3)));
      }
      if (random.nextInt(3) == 0) {
        outcome.due(
            LocalDate.of(
                2020 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      return outcome.build();
    }

    private void addContacts() {
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        boolean person = random.nextBoolean();
        Contact.Builder contact =
            new Contact.Builder()
                .office(title(1 + random.nextInt(4)))
                .personalData(person || random.nextBoolean());
        if (person) {
          contact.name(title(2));
        }
        if (random.nextBoolean()) {
          contact.role(title(2));
        }
        int reach = random.nextInt(3);
        if (reach != 1) {
          contact.phone(
              random.nextInt(1000) + "-" + random.nextInt(1000) + "-" + random.nextInt(10000));
        }
        if (reach != 0) {
          contact.email("press" + random.nextInt(100) + "@example.org");
        }
        record.addContact(contact.build());
      }
    }

    private SourceDocument sourceDocument() {
      SourceDocument.Builder document =
          new SourceDocument.Builder()
              .title(title(1 + random.nextInt(6)))
              .language(oneOf(random, LANGUAGES))
              .text(source.toString());
      if (random.nextBoolean()) {
        document.publisher(title(2));
      }
      if (random.nextBoolean()) {
        document.url("https://example.org/statements/" + random.nextInt(1000));
      }
      if (random.nextBoolean()) {
        document.published(
            LocalDate.of(
                2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      if (random.nextBoolean()) {
        document.provenance(words(3 + random.nextInt(10)));
      }
      return document.build();
    }

    private String date() {
      int year = 2000 + random.nextInt(30);
      switch (random.nextInt(3)) {
        case 0:
          return Integer.toString(year);
        case 1:
          return String.format("%04d-%02d", year, 1 + random.nextInt(12));
        default:
          return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
      }
    }

    private String partyName(String code) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      return name.isBlank() || name.equals(code) ? "Party " + code : name;
    }

    /**
     * What stands between two outcomes: a space, a line break, a blank line, an indented line, a
     * trailing space.
     */
    private String separator() {
      switch (random.nextInt(7)) {
        case 0:
          return "\n";
        case 1:
          return "\n\n";
        case 2:
          return "\n  ";
        case 3:
          return " \n";
        default:
          return " ";
      }
    }

    private String sentenceStart() {
      return capitalised(words(1 + random.nextInt(6)));
    }

    private String qualifierText() {
      return oneOf(
              random,
              List.of(
                  "within each country's laws",
                  "consistent with rights protected by law",
                  "subject to a privacy impact assessment",
                  "for the purpose of",
                  "under independent review"))
          + " "
          + words(1 + random.nextInt(2));
    }

    private String title(int count) {
      return capitalised(words(count));
    }

    private String words(int count) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        chosen.add(oneOf(random, WORDS));
      }
      return String.join(" ", chosen);
    }

    private static String capitalised(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int newlines(CharSequence text, int end) {
      int count = 0;
      for (int i = 0; i < end; i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      return count;
    }
  }
}
