package io.github.cbcf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test: the Drools reviewer and the plain-Java baseline give the same findings, as
 * (rule id, record id, outcome ids), on generated records, on one batch of many meetings, on the
 * join workload and on the 2024 record; and the baseline's reports equal the engine's. Seeds come
 * from {@link Seeds}: replay one with {@code -Dcbcf.seed=SEED -Dcbcf.tries=1}.
 */
class PlainJavaReviewAgreesWithDroolsTest {
  /** Coverage is a claim about this fixed sample, so it ignores cbcf.seed and cbcf.tries. */
  private static final int COVERAGE_SAMPLE = 300;

  private static final Reviewer REVIEWER = Reviewer.builder().allowUnlocatedSafeguards().build();
  private static final PlainJavaReview PLAIN = PlainJavaReview.builtIn();
  private static final PlainReports REPORTS = PlainReports.of(REVIEWER);

  static LongStream seeds() {
    return Seeds.seeds();
  }

  /**
   * Even seeds give records as the generator makes them; odd ones redraw subjects among those rules
   * look for.
   */
  static ForumRecord sample(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ForumRecord record = RecordGenerator.record(random, random.nextInt(Meetings.MAX_OUTCOMES + 1));
    return seed % 2 == 0 ? record : Meetings.ruleDense(random, record);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bothFindTheSameOnAGeneratedRecord(long seed) {
    List<ForumRecord> records = List.of(sample(seed));

    assertThat(engineKeys(REVIEWER.reviewAll(records))).isEqualTo(plainKeys(PLAIN.match(records)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theBaselineBuildsTheEngineReport(long seed) {
    List<ForumRecord> records = List.of(sample(seed));

    assertThat(REPORTS.reportsOf(records, PLAIN.match(records)))
        .isEqualTo(REVIEWER.reviewAll(records));
  }

  @Test
  void bothFindTheSameInOneBatchOfManyMeetings() {
    List<ForumRecord> records = new ArrayList<>();
    seeds().forEach(seed -> records.add(Meetings.renamed(sample(seed), records.size())));

    List<ReviewReport> engine = REVIEWER.reviewAll(records);

    assertThat(engineKeys(engine)).isEqualTo(plainKeys(PLAIN.match(records)));
    assertThat(REPORTS.reportsOf(records, PLAIN.match(records))).isEqualTo(engine);
  }

  @Test
  void reviewingABatchInChunksOfMeetingsGivesTheSameReports() {
    List<ForumRecord> records = Meetings.random(Meetings.SEED, 2_000);
    List<ReviewReport> inChunks = new ArrayList<>();
    for (int from = 0; from < records.size(); from += 7) {
      inChunks.addAll(
          REVIEWER.reviewAll(records.subList(from, Math.min(records.size(), from + 7))));
    }

    // What the Reviewer's chunked batches (BatchReview) rely on: the built-in rules only look
    // inside one
    // meeting.
    assertThat(inChunks).hasSize(records.size()).isEqualTo(REVIEWER.reviewAll(records));
  }

  @Test
  void bothFindTheSameOnThe2024Record() {
    List<ForumRecord> records = List.of(Meetings.cbcf2024());

    List<ReviewReport> engine = REVIEWER.reviewAll(records);

    assertThat(engineKeys(engine)).isNotEmpty().isEqualTo(plainKeys(PLAIN.match(records)));
    assertThat(REPORTS.reportsOf(records, PLAIN.match(records))).isEqualTo(engine);
  }

  @Test
  void theDataFlowJoinPairsOutcomesOfOneMeetingOnly() {
    int meetings = 30;
    int size = 20;
    List<ForumRecord> records = Meetings.dataFlowJoin(Meetings.SEED, meetings, size);

    List<ReviewReport> engine = REVIEWER.reviewAll(records);

    // One personal-data outcome a meeting, size / 2 data-flow ones: a join across meetings would
    // give 30 times more.
    assertThat(engine.stream().mapToLong(r -> r.findingsOf("CBCF-DATA-002").size()).sum())
        .isEqualTo((long) meetings * (size / 2));
    assertThat(engineKeys(engine)).isEqualTo(plainKeys(PLAIN.match(records)));
  }

  @Test
  void theBaselineImplementsEveryBuiltInRule() {
    List<String> builtIn =
        REVIEWER.getRules().stream()
            .filter(RuleDescription::isBuiltIn)
            .map(RuleDescription::getId)
            .sorted()
            .toList();

    assertThat(PlainJavaReview.RULE_IDS)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(builtIn);
  }

  @Test
  void everyBuiltInRuleFiresOnTheGeneratedRecords() {
    Map<String, Integer> firings = new TreeMap<>();
    for (long seed = Seeds.DEFAULT_SEED; seed < Seeds.DEFAULT_SEED + COVERAGE_SAMPLE; seed++) {
      for (Finding finding : REVIEWER.review(sample(seed)).getFindings()) {
        firings.merge(finding.getRuleId(), 1, Integer::sum);
      }
    }

    assertThat(firings.keySet())
        .as("rules fired, with counts %s", firings)
        .containsAll(PlainJavaReview.RULE_IDS);
  }

  @Test
  void bothFindTheSameWithSyntheticRules() {
    List<SyntheticRules.Rule> synthetic = SyntheticRules.of(60);
    Reviewer reviewer =
        Reviewer.builder()
            .allowUnlocatedSafeguards()
            .addRules(SyntheticRules.drl(synthetic))
            .build();
    List<ForumRecord> records = new ArrayList<>();
    LongStream.range(0, 100)
        .forEach(seed -> records.add(Meetings.renamed(sample(2 * seed + 1), records.size())));

    List<String> engine = engineKeys(reviewer.reviewAll(records));

    assertThat(engine)
        .isEqualTo(plainKeys(PlainJavaReview.builtIn().with(synthetic).match(records)));
    assertThat(engine).as("some synthetic rule fired").anyMatch(key -> key.startsWith("BENCH-"));
  }

  private static List<String> engineKeys(List<ReviewReport> reports) {
    return reports.stream()
        .flatMap(r -> r.getFindings().stream())
        .map(
            f ->
                RuleMatch.key(
                    f.getRuleId(),
                    f.getRecordId(),
                    f.getOutcomes().stream().map(FlaggedOutcome::getId).toList()))
        .sorted()
        .collect(Collectors.toList());
  }

  private static List<String> plainKeys(List<RuleMatch> matches) {
    return matches.stream().map(RuleMatch::key).sorted().collect(Collectors.toList());
  }
}
