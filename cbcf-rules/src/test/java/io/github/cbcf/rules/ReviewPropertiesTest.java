package io.github.cbcf.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceDocument;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of a review over generated records (cbcf-model's {@link RecordGenerator}, through the
 * builders). Each try has its own seed, shown in its name; replay one with {@code
 * -Dcbcf.seed=<seed> -Dcbcf.tries=1}.
 */
class ReviewPropertiesTest {
  // Generated records leave some safeguards unlocated, to check they lower nothing.
  private static final Reviewer REVIEWER = Reviewer.builder().allowUnlocatedSafeguards().build();

  /** Below this many tries the coverage figures mean nothing, and are not checked. */
  private static final int COVERAGE_MIN_TRIES = 50;

  private static final AtomicInteger FLAGGED = new AtomicInteger();
  private static final AtomicInteger CLEAN = new AtomicInteger();
  private static final Map<String, Integer> BY_RULE = Collections.synchronizedMap(new TreeMap<>());

  static LongStream seeds() {
    return Seeds.seeds();
  }

  /**
   * Names the seed in a failure, so that it can be replayed; the display name alone is lost in some
   * reports.
   */
  private static void replayable(long seed, Runnable property) {
    try {
      property.run();
    } catch (AssertionError e) {
      throw new AssertionError(
          "seed "
              + seed
              + " (replay with -Dcbcf.seed="
              + seed
              + " -Dcbcf.tries=1): "
              + e.getMessage(),
          e);
    }
  }

  private static ForumRecord record(long seed) {
    return RecordGenerator.record(new SplittableRandom(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findingsDoNotDependOnTheOrderOfOutcomes(long seed) {
    replayable(
        seed,
        () -> {
          ForumRecord record = record(seed);
          List<Outcome> shuffled = new ArrayList<>(record.getOutcomes());
          Collections.shuffle(shuffled, new Random(seed));
          Collections.reverse(shuffled.subList(0, shuffled.size() / 2));
          ForumRecord reordered = new ForumRecord.Builder().from(record).outcomes(shuffled).build();

          assertThat(REVIEWER.review(reordered)).isEqualTo(REVIEWER.review(record));
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFindingPointsAtTheRecordsOwnOutcomesAndQualifiers(long seed) {
    replayable(
        seed,
        () -> {
          ForumRecord record = record(seed);
          ReviewReport report = REVIEWER.review(record);
          (report.getFindings().isEmpty() ? CLEAN : FLAGGED).incrementAndGet();
          report.getFindings().forEach(f -> BY_RULE.merge(f.getRuleId(), 1, Integer::sum));

          Map<String, Outcome> outcomes =
              record.getOutcomes().stream()
                  .collect(Collectors.toMap(Outcome::getId, Function.identity()));
          Map<String, Section> sections =
              record.getSections().stream()
                  .collect(Collectors.toMap(Section::getId, Function.identity()));
          String source = record.getSource().getText();
          assertThat(report.getRecordId()).isEqualTo(record.getId());
          assertThat(report.getFindings())
              .allSatisfy(
                  finding -> {
                    assertThat(REVIEWER.findRule(finding.getRuleId())).isPresent();
                    assertThat(finding.getRecordId()).isEqualTo(record.getId());
                    assertThat(finding.getRuleSetVersion()).isEqualTo(REVIEWER.getRuleSetVersion());
                    assertThat(finding.getOutcomes())
                        .isNotEmpty()
                        .allSatisfy(
                            flagged -> {
                              Outcome outcome = outcomes.get(flagged.getId());
                              assertThat(outcome)
                                  .as("outcome %s is the record's", flagged.getId())
                                  .isNotNull();
                              assertThat(flagged.getText()).isEqualTo(outcome.getText());
                              assertThat(flagged.getLocation()).isEqualTo(outcome.getLocation());
                              assertThat(flagged.getSection()).isEqualTo(outcome.getSection());
                              SourceSpan at = flagged.getLocation();
                              assertThat(source.substring(at.getStart(), at.getEnd()))
                                  .isEqualTo(flagged.getText());
                            });
                    assertThat(finding.getOutcomes())
                        .extracting(o -> o.getLocation().getStart())
                        .isSorted();
                    assertThat(finding.getSection())
                        .isEqualTo(finding.getOutcomes().get(0).getSection());
                    assertThat(finding.getSectionTitle())
                        .isEqualTo(sections.get(finding.getSection()).getTitle());
                    // Each reported qualifier applies to one of the outcomes, at the scope it is
                    // reported at.
                    assertThat(finding.getQualifiers())
                        .allSatisfy(
                            q ->
                                assertThat(finding.getOutcomes())
                                    .anySatisfy(
                                        flagged -> {
                                          Outcome outcome = outcomes.get(flagged.getId());
                                          List<Qualifier> stated =
                                              q.getScope() == QualifierScope.OUTCOME
                                                  ? outcome.getQualifiers()
                                                  : q.getScope() == QualifierScope.SECTION
                                                      ? sections
                                                          .get(outcome.getSection())
                                                          .getQualifiers()
                                                      : record.getQualifiers();
                                          assertThat(stated)
                                              .anySatisfy(
                                                  s -> {
                                                    assertThat(s.getKind()).isEqualTo(q.getKind());
                                                    assertThat(s.getText()).isEqualTo(q.getText());
                                                  });
                                        }));
                  });
          List<String> ids = record.getOutcomes().stream().map(Outcome::getId).toList();
          assertThat(report.getOutcomesReviewed()).isEqualTo(ids.size());
          assertThat(concat(report.getFlaggedOutcomes(), report.getCleanOutcomes()))
              .containsExactlyInAnyOrderElementsOf(ids);
          assertThat(report.getFlaggedOutcomes())
              .containsExactlyInAnyOrderElementsOf(
                  report.getFindings().stream()
                      .flatMap(f -> f.getOutcomes().stream())
                      .map(FlaggedOutcome::getId)
                      .distinct()
                      .toList());
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewingTwiceOrInABatchGivesEqualReports(long seed) {
    replayable(
        seed,
        () -> {
          ForumRecord record = record(seed);
          // Another record, with an id of its own, reviewed in the same session must change
          // nothing.
          ForumRecord other =
              new ForumRecord.Builder()
                  .from(record(seed ^ 0x5DEECE66DL))
                  .id(record.getId() + "-other")
                  .build();
          ReviewReport first = REVIEWER.review(record);

          assertThat(REVIEWER.review(record)).isEqualTo(first);
          assertThat(REVIEWER.reviewAll(List.of(other, record)).get(1)).isEqualTo(first);
        });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anUnrelatedOutcomeNeverRemovesAFinding(long seed) {
    replayable(
        seed,
        () -> {
          ForumRecord record = record(seed);
          ForumRecord extended = withUnrelatedOutcome(record);
          ReviewReport before = REVIEWER.review(record);
          ReviewReport after = REVIEWER.review(extended);

          assertThat(after.getFindings()).containsAll(before.getFindings());
          // Discussing fentanyl raises nothing on its own.
          assertThat(after.getCleanOutcomes()).contains(UNRELATED_ID);
          assertThat(after.getOutcomesReviewed()).isEqualTo(before.getOutcomesReviewed() + 1);
        });
  }

  private static final String UNRELATED_ID = "unrelated-fentanyl";

  /**
   * Appends "The officials discussed fentanyl trafficking." to the source, as an outcome of the
   * last section.
   */
  private static ForumRecord withUnrelatedOutcome(ForumRecord record) {
    String sentence = "The officials discussed fentanyl trafficking.";
    String text = record.getSource().getText() + "\n" + sentence;
    ForumRecord.Builder builder =
        new ForumRecord.Builder()
            .from(record)
            .source(new SourceDocument.Builder().from(record.getSource()).text(text).build());
    String section;
    if (record.getSections().isEmpty()) {
      section = "unrelated-section";
      builder.addSection(new Section.Builder().id(section).title("Other business").build());
    } else {
      section = record.getSections().get(record.getSections().size() - 1).getId();
    }
    int start = text.length() - sentence.length();
    return builder
        .addOutcome(
            new Outcome.Builder()
                .id(UNRELATED_ID)
                .section(section)
                .kind(OutcomeKind.DISCUSSED)
                .addParty(record.getParties().get(0).getCode())
                .text(sentence)
                .location(SourceSpan.of(start, text.length(), SourceDocument.lineAt(text, start)))
                .addSubject(Subjects.CRIME_FENTANYL)
                .build())
        .build();
  }

  @AfterAll
  static void bothFlaggedAndCleanRecordsWereGenerated() {
    int tries = FLAGGED.get() + CLEAN.get();
    System.out.printf(
        "Review properties: %d generated records with findings, %d without; findings by rule %s%n",
        FLAGGED.get(), CLEAN.get(), BY_RULE);
    if (tries < COVERAGE_MIN_TRIES) {
      return;
    }
    // Like jqwik's Statistics.coverage: a property that only ever saw flagged (or clean) records
    // proved little.
    assertThat(FLAGGED.get())
        .as("records with findings of %s; by rule %s", tries, BY_RULE)
        .isPositive();
    assertThat(CLEAN.get())
        .as("records without findings of %s; by rule %s", tries, BY_RULE)
        .isPositive();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
