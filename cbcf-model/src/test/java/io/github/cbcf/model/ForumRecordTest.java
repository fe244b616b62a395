package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record's own fields and look-ups; the invariants across its parts are in {@link
 * ForumRecordInvariantsTest}.
 */
class ForumRecordTest {
  @Test
  void theBilateralFixtureIsAValidRecord() {
    ForumRecord record = RecordFixtures.bilateralRecord();

    assertThat(record.getParties()).extracting(Party::getCode).containsExactly("US", "CA");
    assertThat(record.getOutcomes()).hasSize(4);
    assertThat(record.getYear()).isEqualTo(2024);
    assertThat(record.getEdition()).contains("first");
  }

  @Test
  void theMinimalFixtureNeedsOnlyOnePartyAndASource() {
    ForumRecord record = RecordFixtures.minimalRecord();

    assertThat(record.getOutcomes()).isEmpty();
    assertThat(record.getYear()).isEqualTo(2024);
  }

  @Test
  void sectionsAndInstrumentsAreFoundById() {
    ForumRecord record = RecordFixtures.bilateralRecord();

    assertThat(record.findSection("border")).contains(RecordFixtures.borderSection());
    assertThat(record.findSection("nowhere")).isEmpty();
    assertThat(record.findInstrument("roadmap-2021")).contains(RecordFixtures.roadmap());
    assertThat(record.findInstrument("nothing")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024", "2024-07", "2024-07-11", "2024-02-29"})
  void aDateIsAsPreciseAsKnown(String date) {
    assertThat(RecordFixtures.bilateralRecordBuilder().date(date).build().getDate())
        .isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "July 2024",
        "2024-13",
        "2024-7",
        "2023-02-29",
        "2024-07-32",
        "24",
        "2024/07/11",
        ""
      })
  void anotherDateIsRefusedWithTheFormsToWrite(String date) {
    Problem violation =
        BrokenInvariants.only(() -> RecordFixtures.bilateralRecordBuilder().date(date).build());

    assertThat(violation.getPath()).isEqualTo("date");
    assertThat(violation.getMessage())
        .isEqualTo("'" + date + "' is not an ISO 8601 date: write 2024, 2024-07 or 2024-07-11");
  }

  @Test
  void blankIdForumAndPlaceAreEachReported() {
    List<Problem> violations =
        BrokenInvariants.of(
            () -> RecordFixtures.bilateralRecordBuilder().id("").forum(" ").place("\n").build());

    assertThat(violations)
        .containsExactly(
            Problem.of("id", "must not be blank: write the text out"),
            Problem.of("forum", "must not be blank: write the text out"),
            Problem.of("place", "must not be blank: write the text out"));
  }

  @Test
  void aRecordWithoutPartiesIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new ForumRecord.Builder()
                    .from(RecordFixtures.minimalRecord())
                    .parties(List.of())
                    .build());

    assertThat(violation).isEqualTo(Problem.of("parties", "must list at least one party"));
  }
}
