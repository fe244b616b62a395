package io.github.cbcf.model.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.Subjects;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator itself: repeatable, valid by its own count of offsets and lines, and covering what
 * it promises.
 */
class RecordGeneratorTest {
  /**
   * Enough records that every promised case turns up whatever the base seed; independent of
   * cbcf.tries.
   */
  private static final int COVERAGE_SAMPLE = 300;

  static LongStream seeds() {
    return Seeds.seeds();
  }

  @Test
  void theSameSeedGivesTheSameRecord() {
    ForumRecord first = RecordGenerator.record(new SplittableRandom(42));

    assertThat(RecordGenerator.record(new SplittableRandom(42))).isEqualTo(first);
  }

  @Test
  void differentSeedsGiveDifferentRecords() {
    Set<ForumRecord> records = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      records.add(RecordGenerator.record(new SplittableRandom(seed)));
    }

    assertThat(records).hasSize(50);
  }

  @ParameterizedTest(name = "{0} parties, {1} outcomes")
  @CsvSource({"1, 0", "1, 1", "2, 5", "6, 12", "40, 3"})
  void givesTheNumbersOfPartiesAndOutcomesAskedFor(int parties, int outcomes) {
    ForumRecord record =
        RecordGenerator.record(new SplittableRandom(parties * 31L + outcomes), parties, outcomes);

    assertThat(record.getParties()).hasSize(parties);
    assertThat(record.getOutcomes()).hasSize(outcomes);
  }

  @Test
  void refusesCountsNoRecordCanHave() {
    SplittableRandom random = new SplittableRandom(1);

    assertThatThrownBy(() -> RecordGenerator.record(random, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partyCount");
    assertThatThrownBy(() -> RecordGenerator.record(random, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcomeCount");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyLocatedTextStandsAtItsOffsetsOnTheLineItClaims(long seed) {
    ForumRecord record = RecordGenerator.record(new SplittableRandom(seed));
    String source = record.getSource().getText();

    // Checked here without the model's own line counting, so that a shared mistake cannot hide.
    for (Located located : locatedTexts(record)) {
      SourceSpan span = located.span();
      assertThat(span.getEnd()).as(located.what()).isLessThanOrEqualTo(source.length());
      assertThat(source.substring(span.getStart(), span.getEnd()))
          .as(located.what())
          .isEqualTo(located.text());
      long newlinesBefore =
          source.substring(0, span.getStart()).chars().filter(c -> c == '\n').count();
      assertThat(span.getLine()).as(located.what()).isEqualTo(newlinesBefore + 1);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSourceTextEndsWhereAnOutcomeEnds(long seed) {
    // Corruption tests rely on it: cutting the text short must always break an offset.
    ForumRecord record =
        RecordGenerator.record(new SplittableRandom(seed), 1 + (int) Math.floorMod(seed, 8L));
    int length = record.getSource().getText().length();

    assertThat(record.getOutcomes())
        .anySatisfy(outcome -> assertThat(outcome.getLocation().getEnd()).isEqualTo(length));
  }

  @Test
  void coversEveryCaseItPromises() {
    Set<Integer> partyCounts = new TreeSet<>();
    Set<OutcomeKind> outcomeKinds = EnumSet.noneOf(OutcomeKind.class);
    Set<QualifierKind> qualifierKinds = EnumSet.noneOf(QualifierKind.class);
    Set<String> cases = new TreeSet<>();
    SplittableRandom seeds = new SplittableRandom(Seeds.baseSeed());
    for (int i = 0; i < COVERAGE_SAMPLE; i++) {
      ForumRecord record = RecordGenerator.record(seeds.split());
      partyCounts.add(record.getParties().size());
      record.getOutcomes().forEach(outcome -> outcomeKinds.add(outcome.getKind()));
      allQualifiers(record).forEach(qualifier -> qualifierKinds.add(qualifier.getKind()));
      observe(record, cases);
    }

    assertThat(partyCounts).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(outcomeKinds).containsExactlyInAnyOrder(OutcomeKind.values());
    assertThat(qualifierKinds).containsExactlyInAnyOrder(QualifierKind.values());
    assertThat(cases)
        .containsExactlyInAnyOrder(
            "no outcomes",
            "named instrument",
            "unnamed instrument",
            "cited instrument",
            "outcome referring to an instrument",
            "located qualifier",
            "unlocated qualifier",
            "section with heading",
            "section without heading",
            "declared subject used",
            "built-in subject used",
            "outcome over two lines",
            "text outside the BMP",
            "year",
            "year and month",
            "full date",
            "outcome with owner",
            "outcome with due date",
            "personal contact");
  }

  private static void observe(ForumRecord record, Set<String> cases) {
    if (record.getOutcomes().isEmpty()) {
      cases.add("no outcomes");
    }
    for (Instrument instrument : record.getInstruments()) {
      cases.add(instrument.isNamed() ? "named instrument" : "unnamed instrument");
      instrument.getCitation().ifPresent(c -> cases.add("cited instrument"));
    }
    for (Qualifier qualifier : allQualifiers(record)) {
      cases.add(qualifier.getLocation().isPresent() ? "located qualifier" : "unlocated qualifier");
    }
    for (Section section : record.getSections()) {
      cases.add(
          section.getLocation().isPresent() ? "section with heading" : "section without heading");
    }
    for (Outcome outcome : record.getOutcomes()) {
      if (!outcome.getInstruments().isEmpty()) {
        cases.add("outcome referring to an instrument");
      }
      for (String subject : outcome.getSubjects()) {
        cases.add(Subjects.isBuiltIn(subject) ? "built-in subject used" : "declared subject used");
      }
      if (outcome.getText().contains("\n")) {
        cases.add("outcome over two lines");
      }
      outcome.getOwner().ifPresent(o -> cases.add("outcome with owner"));
      outcome.getDue().ifPresent(d -> cases.add("outcome with due date"));
    }
    if (record.getSource().getText().codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      cases.add("text outside the BMP");
    }
    cases.add(
        record.getDate().length() == 4
            ? "year"
            : record.getDate().length() == 7 ? "year and month" : "full date");
    record
        .getContacts()
        .forEach(
            contact -> {
              if (contact.isPersonalData()) {
                cases.add("personal contact");
              }
            });
  }

  private static List<Qualifier> allQualifiers(ForumRecord record) {
    List<Qualifier> qualifiers = new ArrayList<>(record.getQualifiers());
    record.getSections().forEach(section -> qualifiers.addAll(section.getQualifiers()));
    record.getOutcomes().forEach(outcome -> qualifiers.addAll(outcome.getQualifiers()));
    return qualifiers;
  }

  private record Located(String what, String text, SourceSpan span) {}

  private static List<Located> locatedTexts(ForumRecord record) {
    List<Located> located = new ArrayList<>();
    for (Section section : record.getSections()) {
      section
          .getLocation()
          .ifPresent(
              span ->
                  located.add(new Located("section " + section.getId(), section.getTitle(), span)));
    }
    for (Outcome outcome : record.getOutcomes()) {
      located.add(
          new Located("outcome " + outcome.getId(), outcome.getText(), outcome.getLocation()));
    }
    for (Qualifier qualifier : allQualifiers(record)) {
      qualifier
          .getLocation()
          .ifPresent(span -> located.add(new Located("qualifier", qualifier.getText(), span)));
    }
    return located;
  }
}
