package io.github.cbcf.model;

import static io.github.cbcf.model.RecordFixtures.SOURCE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants across a record's parts: unique ids, references that resolve, subjects that are
 * known, and offsets that point at the exact text they claim. Each test breaks one of them in the
 * valid bilateral fixture.
 */
class ForumRecordInvariantsTest {
  // The fixture's outcomes, in list order.
  private static final int BORDER_PATROLS = 0;
  private static final int ROADMAP_PROGRESS = 1;
  private static final int FIREARMS_SHARING = 2;

  private static ForumRecord.Builder withOutcome(int index, UnaryOperator<Outcome.Builder> change) {
    ForumRecord fixture = RecordFixtures.bilateralRecord();
    List<Outcome> outcomes = new ArrayList<>(fixture.getOutcomes());
    outcomes.set(index, change.apply(new Outcome.Builder().from(outcomes.get(index))).build());
    return new ForumRecord.Builder().from(fixture).outcomes(outcomes);
  }

  static Stream<Arguments> duplicates() {
    return Stream.of(
        Arguments.of(
            "parties",
            (UnaryOperator<ForumRecord.Builder>) b -> b.addParty(Party.of("US", "USA")),
            "parties[2].code",
            "'US' is used by an earlier entry of parties: give each a different code"),
        Arguments.of(
            "participants",
            (UnaryOperator<ForumRecord.Builder>)
                b ->
                    b.addParticipant(
                        new Participant.Builder()
                            .from(RecordFixtures.canadianMinister())
                            .id("us-ag")
                            .build()),
            "participants[2].id",
            "'us-ag' is used by an earlier entry of participants: give each a different id"),
        Arguments.of(
            "sections",
            (UnaryOperator<ForumRecord.Builder>)
                b -> b.addSection(new Section.Builder().id("border").title("Border again").build()),
            "sections[2].id",
            "'border' is used by an earlier entry of sections: give each a different id"),
        Arguments.of(
            "instruments",
            (UnaryOperator<ForumRecord.Builder>)
                b ->
                    b.addInstrument(
                        new Instrument.Builder()
                            .from(RecordFixtures.statute())
                            .id("roadmap-2021")
                            .build()),
            "instruments[2].id",
            "'roadmap-2021' is used by an earlier entry of instruments: give each a different id"),
        Arguments.of(
            "outcomes",
            (UnaryOperator<ForumRecord.Builder>)
                b ->
                    b.addOutcome(
                        new Outcome.Builder()
                            .from(RecordFixtures.roadmapProgress())
                            .id("border-patrols")
                            .build()),
            "outcomes[4].id",
            "'border-patrols' is used by an earlier entry of outcomes: give each a different id"),
        Arguments.of(
            "subjects",
            (UnaryOperator<ForumRecord.Builder>)
                b ->
                    b.addSubjects(
                        Subject.of("crime.piracy", "Piracy"),
                        Subject.of("crime.piracy", "Piracy at sea")),
            "subjects[1].code",
            "'crime.piracy' is used by an earlier entry of subjects: give each a different code"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void aDuplicateIdIsReportedAtTheLaterEntry(
      String list, UnaryOperator<ForumRecord.Builder> addDuplicate, String path, String message) {
    Problem violation =
        BrokenInvariants.only(
            () -> addDuplicate.apply(RecordFixtures.bilateralRecordBuilder()).build());

    assertThat(violation).isEqualTo(Problem.of(path, message));
  }

  @Test
  void anOutcomeInASectionTheRecordLacksIsRefused() {
    Problem violation =
        BrokenInvariants.only(() -> withOutcome(BORDER_PATROLS, o -> o.section("borders")).build());

    assertThat(violation)
        .isEqualTo(
            Problem.of(
                "outcomes[0].section",
                "'borders' is not a section of this record; known: border, information"));
  }

  @Test
  void anOutcomeBindingAPartyThatIsNotInTheMeetingIsRefused() {
    // Mexico is a valid ISO code, but not a party of this bilateral meeting.
    Problem violation =
        BrokenInvariants.only(() -> withOutcome(BORDER_PATROLS, o -> o.addParty("MX")).build());

    assertThat(violation)
        .isEqualTo(
            Problem.of(
                "outcomes[0].parties[2]", "'MX' is not a party of this record; known: CA, US"));
  }

  @Test
  void anOutcomeReferringToAnInstrumentTheRecordLacksIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                withOutcome(ROADMAP_PROGRESS, o -> o.instruments(List.of("roadmap-2020"))).build());

    assertThat(violation.getPath()).isEqualTo("outcomes[1].instruments[0]");
    assertThat(violation.getMessage())
        .startsWith("'roadmap-2020' is not a")
        .endsWith("instrument of this record; known: prior-arrangements, roadmap-2021");
  }

  @Test
  void aParticipantRepresentingAPartyThatIsNotInTheMeetingIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                RecordFixtures.bilateralRecordBuilder()
                    .addParticipant(
                        new Participant.Builder()
                            .from(RecordFixtures.canadianMinister())
                            .id("mx-sg")
                            .jurisdiction("MX")
                            .build())
                    .build());

    assertThat(violation)
        .isEqualTo(
            Problem.of(
                "participants[2].jurisdiction",
                "'MX' is not a party of this record; known: CA, US"));
  }

  @Test
  void aSubjectThatIsNeitherBuiltInNorDeclaredIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () -> withOutcome(BORDER_PATROLS, o -> o.addSubject("crime.piracy")).build());

    assertThat(violation.getPath()).isEqualTo("outcomes[0].subjects[1]");
    assertThat(violation.getMessage())
        .startsWith(
            "'crime.piracy' is neither a built-in subject nor declared in the"
                + " record's subjects: correct it or declare it under subjects (built-in subjects: elections.interference,")
        .contains("justice.joint-operations")
        .doesNotContain("did you mean");
  }

  @Test
  void aMistypedSubjectGetsTheClosestBuiltInCode() {
    Problem violation =
        BrokenInvariants.only(
            () -> withOutcome(BORDER_PATROLS, o -> o.addSubject("data.biometric")).build());

    assertThat(violation.getMessage())
        .contains("; did you mean data.biometrics?")
        .contains("(built-in subjects: ")
        .contains("data.sensitive-categories");
  }

  @Test
  void aSubjectDeclaredByTheRecordIsAccepted() {
    ForumRecord record =
        withOutcome(BORDER_PATROLS, o -> o.addSubject("crime.piracy"))
            .addSubject(Subject.of("crime.piracy", "Piracy"))
            .build();

    assertThat(record.getOutcomes().get(BORDER_PATROLS).hasSubject("crime.piracy")).isTrue();
  }

  @Test
  void declaringABuiltInSubjectAgainIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                RecordFixtures.bilateralRecordBuilder()
                    .addSubject(Subject.of(Subjects.CRIME_FENTANYL, "Fentanyl"))
                    .build());

    assertThat(violation)
        .isEqualTo(
            Problem.of(
                "subjects[0].code",
                "'crime.fentanyl' is already a built-in subject: remove it from subjects"));
  }

  @Test
  void anOutcomeOffsetPastTheEndOfTheSourceIsRefusedWithWhereTheTextIs() {
    String text = RecordFixtures.BORDER_PATROLS_TEXT;
    int start = SOURCE_TEXT.length() + 10;
    int actualStart = SOURCE_TEXT.indexOf(text);

    Problem violation =
        BrokenInvariants.only(
            () ->
                withOutcome(
                        BORDER_PATROLS,
                        o -> o.location(SourceSpan.of(start, start + text.length(), 3)))
                    .build());

    assertThat(violation)
        .isEqualTo(
            Problem.of(
                "outcomes[0].location.end",
                "is "
                    + (start + text.length())
                    + ", past the end of the source text ("
                    + SOURCE_TEXT.length()
                    + " characters); the text occurs at start "
                    + actualStart
                    + ", end "
                    + (actualStart + text.length())
                    + ", line 3: correct the offsets"));
  }

  @Test
  void headingAndQualifierOffsetsPastTheEndAreRefusedToo() {
    int end = SOURCE_TEXT.length() + 1;
    Section section =
        new Section.Builder()
            .from(RecordFixtures.borderSection())
            .location(SourceSpan.of(end - "Border Security".length(), end, 2))
            .build();
    Qualifier qualifier =
        new Qualifier.Builder()
            .from(RecordFixtures.domesticLaw())
            .location(SourceSpan.of(end - RecordFixtures.DOMESTIC_LAW_TEXT.length(), end, 1))
            .build();

    List<Problem> violations =
        BrokenInvariants.of(
            () ->
                RecordFixtures.bilateralRecordBuilder()
                    .sections(List.of(section, RecordFixtures.informationSection()))
                    .qualifiers(List.of(qualifier))
                    .build());

    assertThat(violations)
        .extracting(Problem::getPath)
        .containsExactlyInAnyOrder("sections[0].location.end", "qualifiers[0].location.end");
    assertThat(violations)
        .allSatisfy(
            v ->
                assertThat(v.getMessage())
                    .contains("past the end of the source text")
                    .endsWith(": correct the offsets"));
  }

  @Test
  void offsetsThatPointAtOtherTextAreRefusedWithWhereTheTextIs() {
    String text = RecordFixtures.BORDER_PATROLS_TEXT;
    int actualStart = SOURCE_TEXT.indexOf(text);

    Problem violation =
        BrokenInvariants.only(
            () ->
                withOutcome(
                        BORDER_PATROLS,
                        o ->
                            o.location(
                                SourceSpan.of(actualStart + 1, actualStart + 1 + text.length(), 3)))
                    .build());

    assertThat(violation.getPath()).isEqualTo("outcomes[0].location");
    assertThat(violation.getMessage())
        .startsWith(
            "the source at "
                + (actualStart + 1)
                + ".."
                + (actualStart + 1 + text.length())
                + " reads \"he Ministers agreed")
        .endsWith(
            "not the text given; the text occurs at start "
                + actualStart
                + ", end "
                + (actualStart + text.length())
                + ", line 3: correct the offsets");
  }

  @Test
  void aTextThatIsNowhereInTheSourceIsRefusedWithWhatToDo() {
    String invented = "The Ministers agreed to build a wall.";

    Problem violation =
        BrokenInvariants.only(
            () ->
                withOutcome(
                        BORDER_PATROLS,
                        o -> o.text(invented).location(SourceSpan.of(0, invented.length(), 1)))
                    .build());

    assertThat(violation.getPath()).isEqualTo("outcomes[0].location");
    assertThat(violation.getMessage())
        .endsWith("the text does not occur in the source at all: copy it exactly from the source");
  }

  @Test
  void aQualifierWhoseOffsetsPointAtOtherTextIsRefusedAtItsPath() {
    Qualifier shifted =
        new Qualifier.Builder()
            .from(RecordFixtures.rightsProtectedByLaw())
            .location(SourceSpan.of(0, RecordFixtures.RIGHTS_TEXT.length(), 1))
            .build();

    Problem violation =
        BrokenInvariants.only(
            () -> withOutcome(FIREARMS_SHARING, o -> o.qualifiers(List.of(shifted))).build());

    assertThat(violation.getPath()).isEqualTo("outcomes[2].qualifiers[0].location");
    assertThat(violation.getMessage())
        .startsWith("the source at 0.." + RecordFixtures.RIGHTS_TEXT.length())
        .contains("line 5: correct the offsets");
  }

  @Test
  void aWrongLineIsRefusedWithTheRightOne() {
    SourceSpan right = RecordFixtures.borderPatrols().getLocation();

    Problem violation =
        BrokenInvariants.only(
            () ->
                withOutcome(
                        BORDER_PATROLS,
                        o -> o.location(SourceSpan.of(right.getStart(), right.getEnd(), 2)))
                    .build());

    assertThat(violation)
        .isEqualTo(
            Problem.of(
                "outcomes[0].location.line",
                "offset " + right.getStart() + " is on line 3, not 2: set line to 3"));
  }

  @Test
  void everyBrokenInvariantIsReportedTogether() {
    SourceSpan right = RecordFixtures.borderPatrols().getLocation();

    ModelViolationException thrown =
        catchThrowableOfType(
            ModelViolationException.class,
            () ->
                withOutcome(
                        BORDER_PATROLS,
                        o ->
                            o.section("borders")
                                .addParty("MX")
                                .addSubject("crime.piracy")
                                .location(SourceSpan.of(right.getStart(), right.getEnd(), 1)))
                    .date("July")
                    .addParticipant(
                        new Participant.Builder().from(RecordFixtures.usAttorneyGeneral()).build())
                    .build());

    assertThat(thrown.getProblems())
        .extracting(Problem::getPath)
        .containsExactly(
            "date",
            "participants[2].id",
            "outcomes[0].section",
            "outcomes[0].parties[2]",
            "outcomes[0].subjects[1]",
            "outcomes[0].location.line");
    assertThat(thrown.getMessage())
        .startsWith("Invalid ForumRecord: ")
        .contains("date: 'July' is not an ISO 8601 date", "outcomes[0].location.line: offset");
  }
}
