package io.github.cbcf.model;

import java.time.LocalDate;

/**
 * Named, valid values for tests: a small bilateral (United States and Canada) record and each of
 * its parts, built through the builders, with every offset found in {@link #SOURCE_TEXT} by {@link
 * SourceSpan#locate}. A test that needs a broken value starts from one of these and changes the one
 * thing it is about, so that the failure it expects can only come from that change.
 */
public final class RecordFixtures {
  /** The published text the bilateral record was encoded from; five lines. */
  public static final String SOURCE_TEXT =
      String.join(
          "\n",
          "The United States and Canada met in Ottawa to advance shared security goals, within each country’s laws.",
          "Border Security",
          "The Ministers agreed to expand joint patrols along the border. They noted progress under the 2021 Roadmap.",
          "Information Sharing",
          "Both countries committed to share information on firearms smuggling consistent with rights protected by law."
              + " Canada discussed prior arrangements.");

  public static final String BORDER_PATROLS_TEXT =
      "The Ministers agreed to expand joint patrols along the border.";
  public static final String ROADMAP_PROGRESS_TEXT = "They noted progress under the 2021 Roadmap.";
  public static final String FIREARMS_SHARING_TEXT =
      "Both countries committed to share information on firearms"
          + " smuggling consistent with rights protected by law.";
  public static final String PRIOR_ARRANGEMENTS_TEXT = "Canada discussed prior arrangements.";
  public static final String DOMESTIC_LAW_TEXT = "within each country’s laws";
  public static final String RIGHTS_TEXT = "consistent with rights protected by law";

  private RecordFixtures() {}

  /**
   * @return the United States, a party of the bilateral record
   */
  public static Party unitedStates() {
    return Party.of(Jurisdictions.UNITED_STATES, "United States");
  }

  /**
   * @return Canada, a party of the bilateral record
   */
  public static Party canada() {
    return Party.of(Jurisdictions.CANADA, "Canada");
  }

  /**
   * @return the United States' host
   */
  public static Participant usAttorneyGeneral() {
    return new Participant.Builder()
        .id("us-ag")
        .name("Jane Roe")
        .title("Attorney General")
        .office("Department of Justice")
        .jurisdiction("US")
        .role(ParticipantRole.HOST)
        .build();
  }

  /**
   * @return Canada's guest
   */
  public static Participant canadianMinister() {
    return new Participant.Builder()
        .id("ca-ps")
        .name("John Doe")
        .title("Minister of Public Safety")
        .jurisdiction("CA")
        .role(ParticipantRole.GUEST)
        .build();
  }

  /**
   * @return a named bilateral instrument with no citation
   */
  public static Instrument roadmap() {
    return new Instrument.Builder()
        .id("roadmap-2021")
        .title("Roadmap for a Renewed Partnership")
        .kind(InstrumentKind.ROADMAP)
        .addJurisdictions("US", "CA")
        .status(InstrumentStatus.ADOPTED)
        .named(true)
        .build();
  }

  /**
   * @return an instrument the statement refers to without naming it
   */
  public static Instrument priorArrangements() {
    return new Instrument.Builder()
        .id("prior-arrangements")
        .title("prior arrangements")
        .kind(InstrumentKind.MOU)
        .addJurisdictions("US", "CA")
        .status(InstrumentStatus.UNKNOWN)
        .named(false)
        .build();
  }

  /**
   * @return a named statute with a citation
   */
  public static Instrument statute() {
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
   * @return the section with the heading "Border Security", located in the source
   */
  public static Section borderSection() {
    return new Section.Builder()
        .id("border")
        .title("Border Security")
        .location(SourceSpan.locate(SOURCE_TEXT, "Border Security"))
        .build();
  }

  /**
   * @return the section with the heading "Information Sharing", located in the source
   */
  public static Section informationSection() {
    return new Section.Builder()
        .id("information")
        .title("Information Sharing")
        .location(SourceSpan.locate(SOURCE_TEXT, "Information Sharing"))
        .build();
  }

  /**
   * @return the statement-wide qualifier "within each country's laws", located in the source
   */
  public static Qualifier domesticLaw() {
    return new Qualifier.Builder()
        .kind(QualifierKind.DOMESTIC_LAW)
        .text(DOMESTIC_LAW_TEXT)
        .location(SourceSpan.locate(SOURCE_TEXT, DOMESTIC_LAW_TEXT))
        .build();
  }

  /**
   * @return a qualifier on the firearms outcome, located in the source
   */
  public static Qualifier rightsProtectedByLaw() {
    return new Qualifier.Builder()
        .kind(QualifierKind.RIGHTS_PROTECTED_BY_LAW)
        .text(RIGHTS_TEXT)
        .location(SourceSpan.locate(SOURCE_TEXT, RIGHTS_TEXT))
        .build();
  }

  /**
   * @return a binding outcome of both parties
   */
  public static Outcome borderPatrols() {
    return new Outcome.Builder()
        .id("border-patrols")
        .section("border")
        .kind(OutcomeKind.AGREED)
        .addParties("US", "CA")
        .text(BORDER_PATROLS_TEXT)
        .location(SourceSpan.locate(SOURCE_TEXT, BORDER_PATROLS_TEXT))
        .addSubject(Subjects.COOPERATION_LAW_ENFORCEMENT)
        .owner("border agencies")
        .due(LocalDate.of(2025, 6, 30))
        .build();
  }

  /**
   * @return a declaratory outcome that refers to a named instrument
   */
  public static Outcome roadmapProgress() {
    return new Outcome.Builder()
        .id("roadmap-progress")
        .section("border")
        .kind(OutcomeKind.NOTED)
        .addParties("US", "CA")
        .text(ROADMAP_PROGRESS_TEXT)
        .location(SourceSpan.locate(SOURCE_TEXT, ROADMAP_PROGRESS_TEXT))
        .addSubject(Subjects.COOPERATION_DIALOGUE)
        .addInstrument("roadmap-2021")
        .build();
  }

  /**
   * @return a binding outcome on information sharing with its own qualifier
   */
  public static Outcome firearmsSharing() {
    return new Outcome.Builder()
        .id("firearms-sharing")
        .section("information")
        .kind(OutcomeKind.COMMITTED)
        .addParties("US", "CA")
        .text(FIREARMS_SHARING_TEXT)
        .location(SourceSpan.locate(SOURCE_TEXT, FIREARMS_SHARING_TEXT))
        .addSubjects(Subjects.CRIME_FIREARMS_SMUGGLING, Subjects.DATA_INFORMATION_SHARING)
        .addQualifier(rightsProtectedByLaw())
        .build();
  }

  /**
   * @return an outcome of one party only, referring to an unnamed instrument
   */
  public static Outcome priorArrangementsDiscussed() {
    return new Outcome.Builder()
        .id("prior-arrangements")
        .section("information")
        .kind(OutcomeKind.DISCUSSED)
        .addParties("CA")
        .text(PRIOR_ARRANGEMENTS_TEXT)
        .location(SourceSpan.locate(SOURCE_TEXT, PRIOR_ARRANGEMENTS_TEXT))
        .addSubject(Subjects.DATA_INFORMATION_SHARING)
        .addInstrument("prior-arrangements")
        .build();
  }

  /**
   * @return an office contact, which is not personal data
   */
  public static Contact mediaRelations() {
    return new Contact.Builder()
        .role("Media Relations")
        .office("Public Safety Canada")
        .phone("613-991-0657")
        .email("media@ps-sp.gc.ca")
        .personalData(false)
        .build();
  }

  /**
   * @return a contact that names a person, and so is personal data
   */
  public static Contact namedSpokesperson() {
    return new Contact.Builder()
        .name("Alex Poe")
        .role("Spokesperson")
        .office("Department of Justice")
        .email("alex.poe@example.org")
        .personalData(true)
        .build();
  }

  /**
   * @return the source document holding {@link #SOURCE_TEXT}
   */
  public static SourceDocument source() {
    return new SourceDocument.Builder()
        .title("Joint statement of the test forum")
        .publisher("Test Office")
        .url("https://example.org/statement")
        .published(LocalDate.of(2024, 7, 12))
        .language("en")
        .provenance("written for the tests")
        .text(SOURCE_TEXT)
        .build();
  }

  /**
   * @return a builder holding the whole valid bilateral record, for a test to change one thing
   */
  public static ForumRecord.Builder bilateralRecordBuilder() {
    return new ForumRecord.Builder()
        .id("test-2024")
        .forum("Test Forum")
        .edition("first")
        .date("2024-07-11")
        .place("Ottawa")
        .addParties(unitedStates(), canada())
        .addParticipants(usAttorneyGeneral(), canadianMinister())
        .addInstruments(roadmap(), priorArrangements())
        .addSections(borderSection(), informationSection())
        .addQualifier(domesticLaw())
        .addOutcomes(
            borderPatrols(), roadmapProgress(), firearmsSharing(), priorArrangementsDiscussed())
        .addContacts(mediaRelations(), namedSpokesperson())
        .source(source());
  }

  /**
   * @return the valid bilateral record: two parties, two sections, four outcomes, located
   *     qualifiers
   */
  public static ForumRecord bilateralRecord() {
    return bilateralRecordBuilder().build();
  }

  /**
   * @return the smallest valid record: one party and a source text, nothing else
   */
  public static ForumRecord minimalRecord() {
    return new ForumRecord.Builder()
        .id("minimal")
        .forum("Test Forum")
        .date("2024")
        .place("Ottawa")
        .addParty(canada())
        .source(
            new SourceDocument.Builder()
                .title("Minimal")
                .language("en")
                .text("Nothing was agreed.")
                .build())
        .build();
  }
}
