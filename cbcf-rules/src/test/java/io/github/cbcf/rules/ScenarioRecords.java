package io.github.cbcf.rules;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.InstrumentKind;
import io.github.cbcf.model.InstrumentStatus;
import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceDocument;
import io.github.cbcf.model.SourceSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named records for the rule tests: a bilateral United States / Canada meeting whose source text is
 * written from the outcome sentences a test adds, each located with {@link SourceSpan#locate}. A
 * test states only the outcomes it is about, so that a finding (or its absence) can only come from
 * them.
 *
 * <pre>{@code
 * ForumRecord record = ScenarioRecords.bilateral()
 *     .add(ScenarioRecords.outcome("sharing", SHARING, OutcomeKind.COMMITTED, "They committed to share data.")
 *         .about(Subjects.DATA_INFORMATION_SHARING))
 *     .build();
 * }</pre>
 */
public final class ScenarioRecords {
  /** The id of a scenario record unless a test gives another. */
  public static final String RECORD_ID = "scenario-2024";

  /** The statement-wide qualifier's words, as in the 2024 record. */
  public static final String RIGHTS = "consistent with rights protected by law";

  /** The domestic-law qualifier's words, as in the 2024 record. */
  public static final String DOMESTIC_LAW = "within each country’s laws";

  /** The first line of every scenario's source: holds the statement-wide qualifier. */
  public static final String PREAMBLE =
      "The United States and Canada met in Ottawa to advance shared security goals, "
          + RIGHTS
          + ".";

  /** Section "National Security". */
  public static final String SECURITY = "security";

  /** Section "Law Enforcement and Information Sharing". */
  public static final String SHARING = "sharing";

  /** Section "Online Crime". */
  public static final String ONLINE = "online";

  private static final Map<String, String> SECTION_TITLES =
      Map.of(
          SECURITY, "National Security",
          SHARING, "Law Enforcement and Information Sharing",
          ONLINE, "Online Crime");
  private static final List<String> SECTION_ORDER = List.of(SECURITY, SHARING, ONLINE);

  private ScenarioRecords() {}

  /** A qualifier's kind and words, to be placed when the source is written. */
  private record Words(QualifierKind kind, String text) {}

  /**
   * @return a bilateral US/CA meeting with the four fixture instruments, three sections and no
   *     outcomes yet
   */
  public static Scenario bilateral() {
    return new Scenario();
  }

  /**
   * Starts an outcome binding both parties.
   *
   * @param id the outcome id
   * @param section one of {@link #SECURITY}, {@link #SHARING}, {@link #ONLINE}
   * @param kind the verb
   * @param sentence the exact sentence; it becomes part of the source
   * @return the draft, to add subjects, qualifiers and instruments to
   */
  public static OutcomeDraft outcome(String id, String section, OutcomeKind kind, String sentence) {
    return new OutcomeDraft(id, section, kind, sentence);
  }

  /**
   * @return the 2021 Roadmap: named, bilateral
   */
  public static Instrument roadmap() {
    return new Instrument.Builder()
        .id("roadmap-2021")
        .title("Roadmap for a Renewed U.S.-Canada Partnership")
        .kind(InstrumentKind.ROADMAP)
        .addJurisdictions("US", "CA")
        .status(InstrumentStatus.ADOPTED)
        .named(true)
        .build();
  }

  /**
   * @return "prior MOUs": referred to, never named
   */
  public static Instrument priorMous() {
    return new Instrument.Builder()
        .id("prior-mous")
        .title("prior Memoranda of Understanding (MOUs)")
        .kind(InstrumentKind.MOU)
        .addJurisdictions("US", "CA")
        .status(InstrumentStatus.UNKNOWN)
        .named(false)
        .build();
  }

  /**
   * @return FARA, a U.S. statute
   */
  public static Instrument fara() {
    return new Instrument.Builder()
        .id("fara")
        .title("Foreign Agents Registration Act")
        .kind(InstrumentKind.STATUTE)
        .addJurisdiction("US")
        .status(InstrumentStatus.IN_FORCE)
        .citation("22 U.S.C. 611 et seq.")
        .named(true)
        .build();
  }

  /**
   * @return Bill C-70, a Canadian bill
   */
  public static Instrument billC70() {
    return new Instrument.Builder()
        .id("bill-c-70")
        .title("Bill C-70, An Act respecting countering foreign" + " interference")
        .kind(InstrumentKind.BILL)
        .addJurisdiction("CA")
        .status(InstrumentStatus.ENACTED)
        .named(true)
        .build();
  }

  /** An outcome being described; the record gives it its place in the source. */
  public static final class OutcomeDraft {
    private final String id;
    private final String section;
    private final OutcomeKind kind;
    private final String sentence;
    private final List<String> parties = new ArrayList<>(List.of("US", "CA"));
    private final List<String> subjects = new ArrayList<>();
    private final List<String> instruments = new ArrayList<>();
    private final List<Words> qualifiers = new ArrayList<>();
    private final List<Words> unlocatedQualifiers = new ArrayList<>();
    private String owner;
    private LocalDate due;
    private Orientation orientation;

    private OutcomeDraft(String id, String section, OutcomeKind kind, String sentence) {
      this.id = id;
      this.section = section;
      this.kind = kind;
      this.sentence = sentence;
    }

    /**
     * @return this outcome about the given subjects
     */
    public OutcomeDraft about(String... codes) {
      subjects.addAll(List.of(codes));
      return this;
    }

    /**
     * @return this outcome binding only the given parties
     */
    public OutcomeDraft by(String... codes) {
      parties.clear();
      parties.addAll(List.of(codes));
      return this;
    }

    /**
     * @return this outcome with a qualifier whose words stand in its sentence
     */
    public OutcomeDraft qualifiedBy(QualifierKind qualifierKind, String words) {
      if (!sentence.contains(words)) {
        throw new IllegalArgumentException(
            "the qualifier '" + words + "' is not in the sentence: " + sentence);
      }
      qualifiers.add(new Words(qualifierKind, words));
      return this;
    }

    /**
     * @return this outcome with a qualifier the record gives no location for, as a careless import
     *     would
     */
    public OutcomeDraft qualifiedWithoutLocationBy(QualifierKind qualifierKind, String words) {
      unlocatedQualifiers.add(new Words(qualifierKind, words));
      return this;
    }

    /**
     * @return this outcome referring to the given instruments, by id
     */
    public OutcomeDraft refersTo(String... instrumentIds) {
      instruments.addAll(List.of(instrumentIds));
      return this;
    }

    /**
     * @return this outcome with someone responsible for it
     */
    public OutcomeDraft ownedBy(String who) {
      this.owner = who;
      return this;
    }

    /**
     * @return this outcome looking forward, reporting the past, or giving background
     */
    public OutcomeDraft oriented(Orientation value) {
      this.orientation = value;
      return this;
    }

    /**
     * @return this outcome with a date
     */
    public OutcomeDraft dueBy(LocalDate date) {
      this.due = date;
      return this;
    }

    private Outcome build(String source) {
      SourceSpan location = SourceSpan.locate(source, sentence);
      Outcome.Builder outcome =
          new Outcome.Builder()
              .id(id)
              .section(section)
              .kind(kind)
              .addAllParties(parties)
              .text(sentence)
              .location(location)
              .addAllSubjects(subjects)
              .addAllInstruments(instruments);
      for (Words words : qualifiers) {
        int start = location.getStart() + sentence.indexOf(words.text());
        outcome.addQualifier(
            new Qualifier.Builder()
                .kind(words.kind())
                .text(words.text())
                .location(SourceSpan.of(start, start + words.text().length(), location.getLine()))
                .build());
      }
      unlocatedQualifiers.forEach(w -> outcome.addQualifier(Qualifier.of(w.kind(), w.text())));
      if (owner != null) {
        outcome.owner(owner);
      }
      if (due != null) {
        outcome.due(due);
      }
      if (orientation != null) {
        outcome.orientation(orientation);
      }
      return outcome.build();
    }
  }

  /** A scenario record being put together. */
  public static final class Scenario {
    private String id = RECORD_ID;
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();
    private final Map<String, List<Words>> sectionQualifiers = new LinkedHashMap<>();
    private final List<OutcomeDraft> outcomes = new ArrayList<>();
    private boolean statementQualifier = true;
    private String date = "2024-07";
    private List<Party> parties =
        List.of(Party.of("US", "United States"), Party.of("CA", "Canada"));

    private Scenario() {
      List.of(roadmap(), priorMous(), fara(), billC70())
          .forEach(i -> instruments.put(i.getId(), i));
    }

    /**
     * @return this scenario under another record id
     */
    public Scenario id(String recordId) {
      this.id = recordId;
      return this;
    }

    /**
     * @return this scenario on another date (2018, 2018-05 or 2018-05-14)
     */
    public Scenario dated(String isoDate) {
      this.date = isoDate;
      return this;
    }

    /**
     * @return this scenario with other parties; outcomes still bind US and CA unless {@code
     *     by(...)} says
     */
    public Scenario parties(Party... meetingParties) {
      this.parties = List.of(meetingParties);
      return this;
    }

    /**
     * @return this scenario with an instrument added, or replacing the fixture instrument of the
     *     same id
     */
    public Scenario instrument(Instrument instrument) {
      instruments.put(instrument.getId(), instrument);
      return this;
    }

    /**
     * Qualifies a whole section: a sentence with the words is written under its heading.
     *
     * @return this scenario
     */
    public Scenario sectionQualifiedBy(String section, QualifierKind kind, String words) {
      sectionQualifiers
          .computeIfAbsent(section, s -> new ArrayList<>())
          .add(new Words(kind, words));
      return this;
    }

    /**
     * @return this scenario without the statement-wide "consistent with rights protected by law"
     *     qualifier
     */
    public Scenario withoutStatementQualifier() {
      this.statementQualifier = false;
      return this;
    }

    /**
     * @return this scenario with the outcomes added, written into the source in the order given
     */
    public Scenario add(OutcomeDraft... drafts) {
      outcomes.addAll(List.of(drafts));
      return this;
    }

    /**
     * @return the record
     */
    public ForumRecord build() {
      // The source is written line by line; headings and section qualifiers are placed as they are
      // written.
      StringBuilder source = new StringBuilder(PREAMBLE);
      Map<String, SourceSpan> headings = new LinkedHashMap<>();
      Map<String, List<Qualifier>> placedSectionQualifiers = new LinkedHashMap<>();
      int line = 1;
      for (String section : SECTION_ORDER) {
        String title = SECTION_TITLES.get(section);
        source.append('\n');
        line++;
        headings.put(
            section, SourceSpan.of(source.length(), source.length() + title.length(), line));
        source.append(title);
        List<String> sentences = new ArrayList<>();
        List<Qualifier> placed = new ArrayList<>();
        int lineStart = source.length() + 1;
        int column = 0;
        for (Words words : sectionQualifiers.getOrDefault(section, List.of())) {
          String sentence = "Everything under this heading is done " + words.text() + ".";
          int start = lineStart + column + sentence.indexOf(words.text());
          placed.add(
              new Qualifier.Builder()
                  .kind(words.kind())
                  .text(words.text())
                  .location(SourceSpan.of(start, start + words.text().length(), line + 1))
                  .build());
          sentences.add(sentence);
          column += sentence.length() + 1;
        }
        placedSectionQualifiers.put(section, placed);
        outcomes.stream()
            .filter(o -> o.section.equals(section))
            .forEach(o -> sentences.add(o.sentence));
        if (!sentences.isEmpty()) {
          source.append('\n').append(String.join(" ", sentences));
          line++;
        }
      }
      String text = source.toString();
      for (OutcomeDraft outcome : outcomes) {
        if (text.indexOf(outcome.sentence) != text.lastIndexOf(outcome.sentence)) {
          throw new IllegalArgumentException(
              "the sentence of " + outcome.id + " occurs twice; make it unique");
        }
      }

      ForumRecord.Builder record =
          new ForumRecord.Builder()
              .id(id)
              .forum("Cross-Border Crime Forum")
              .date(date)
              .place("Ottawa")
              .addAllParties(parties)
              .addAllInstruments(instruments.values());
      if (statementQualifier) {
        record.addQualifier(
            new Qualifier.Builder()
                .kind(QualifierKind.RIGHTS_PROTECTED_BY_LAW)
                .text(RIGHTS)
                .location(SourceSpan.locate(text, RIGHTS))
                .build());
      }
      for (String section : SECTION_ORDER) {
        record.addSection(
            new Section.Builder()
                .id(section)
                .title(SECTION_TITLES.get(section))
                .location(headings.get(section))
                .addAllQualifiers(placedSectionQualifiers.get(section))
                .build());
      }
      outcomes.forEach(o -> record.addOutcome(o.build(text)));
      return record
          .source(
              new SourceDocument.Builder()
                  .title("Joint statement of a scenario meeting")
                  .language("en")
                  .text(text)
                  .build())
          .build();
    }
  }
}
