package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static Outcome.Builder borderPatrols() {
    return new Outcome.Builder().from(RecordFixtures.borderPatrols());
  }

  @Test
  void anOutcomeKeepsItsTextWhereTheSourceHasIt() {
    Outcome outcome = RecordFixtures.borderPatrols();

    assertThat(outcome.getText()).isEqualTo(RecordFixtures.BORDER_PATROLS_TEXT);
    assertThat(outcome.getLocation().getLine()).isEqualTo(3);
    assertThat(outcome.getParties()).containsExactly("US", "CA");
    assertThat(outcome.getOwner()).contains("border agencies");
    assertThat(outcome.getDue()).contains(LocalDate.of(2025, 6, 30));
  }

  @Test
  void theVerbGivesTheStrength() {
    assertThat(RecordFixtures.borderPatrols().getStrength()).isEqualTo(BindingStrength.BINDING);
    assertThat(RecordFixtures.borderPatrols().isBinding()).isTrue();
    assertThat(RecordFixtures.roadmapProgress().getStrength())
        .isEqualTo(BindingStrength.DECLARATORY);
    assertThat(RecordFixtures.roadmapProgress().isBinding()).isFalse();
  }

  @Test
  void hasSubjectTellsWhetherTheOutcomeListsIt() {
    assertThat(RecordFixtures.firearmsSharing().hasSubject(Subjects.CRIME_FIREARMS_SMUGGLING))
        .isTrue();
    assertThat(RecordFixtures.firearmsSharing().hasSubject(Subjects.CRIME_FENTANYL)).isFalse();
  }

  @Test
  void anOutcomeThatBindsNoPartyIsRefused() {
    Problem violation = BrokenInvariants.only(() -> borderPatrols().parties(List.of()).build());

    assertThat(violation.getPath()).isEqualTo("parties");
    assertThat(violation.getMessage())
        .isEqualTo("must name at least one party the outcome binds, by ISO code");
  }

  @Test
  void aPartyNamedTwiceIsRefused() {
    Problem violation = BrokenInvariants.only(() -> borderPatrols().addParty("US").build());

    assertThat(violation.getPath()).isEqualTo("parties");
    assertThat(violation.getMessage()).isEqualTo("lists a party twice: name each party once");
  }

  @Test
  void aLocationThatDoesNotCoverTheTextIsRefused() {
    Problem violation =
        BrokenInvariants.only(() -> borderPatrols().location(SourceSpan.of(0, 10, 1)).build());

    assertThat(violation.getPath()).isEqualTo("location");
    assertThat(violation.getMessage())
        .isEqualTo(
            "covers 10 characters but text has "
                + RecordFixtures.BORDER_PATROLS_TEXT.length()
                + ": make end - start equal the length of text");
  }

  @Test
  void aMalformedSubjectCodeIsRefusedAtItsIndex() {
    Problem violation =
        BrokenInvariants.only(() -> borderPatrols().addSubject("Border Patrols").build());

    assertThat(violation.getPath()).isEqualTo("subjects[1]");
    assertThat(violation.getMessage())
        .isEqualTo(
            "'Border Patrols' is not a subject code: use lower-case words"
                + " joined by '-' and separated by '.', for example data.cross-border-flow");
  }

  @Test
  void blankIdSectionAndTextAreEachReported() {
    List<Problem> violations =
        BrokenInvariants.of(
            () ->
                borderPatrols()
                    .id("")
                    .section(" ")
                    .text("x")
                    .location(SourceSpan.of(0, 1, 1))
                    .build());

    assertThat(violations).extracting(Problem::getPath).containsExactly("id", "section");
    assertThat(
            BrokenInvariants.only(
                () -> borderPatrols().text(" ").location(SourceSpan.of(0, 1, 1)).build()))
        .isEqualTo(Problem.of("text", "must not be blank: write the text out"));
  }

  @Test
  void severalBrokenInvariantsAreReportedTogether() {
    ModelViolationException thrown =
        catchThrowableOfType(
            ModelViolationException.class,
            () ->
                borderPatrols()
                    .parties(List.of("US", "US"))
                    .addSubject("Bad Code")
                    .location(SourceSpan.of(0, 1, 1))
                    .build());

    assertThat(thrown.getProblems())
        .extracting(Problem::getPath)
        .containsExactly("location", "subjects[1]", "parties");
    assertThat(thrown).hasMessageStartingWith("Invalid Outcome: location: covers 1 characters");
  }
}
