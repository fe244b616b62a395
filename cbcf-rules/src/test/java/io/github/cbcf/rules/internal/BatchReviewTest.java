package io.github.cbcf.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import io.github.cbcf.rules.ExampleRecords;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reviewing a batch in chunks, each chunk's reports built before the next runs, gives the reports
 * one session over the whole batch gives: the built-in rules only join outcomes of one record, and
 * a user's rules still see the whole batch.
 */
class BatchReviewTest {
  /** Joins outcomes across records, which chunking the user's rules would break. */
  private static final String ACROSS_RECORDS =
      """
      package com.example.batch;

      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      // Intent: flag an outcome whose id another record of the batch also holds.
      rule "Outcome id seen in another record"
        @id("BATCH-ACROSS-001")
        @severity("INFO")
        @rationale("May require review.")
      when
        $o : OutcomeInContext()
        exists OutcomeInContext( recordId != $o.recordId, id == $o.id )
      then
        insert(Flag.raise($o));
      end
      """;

  private static List<ForumRecord> generatedBatch(int size) {
    List<ForumRecord> records = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      records.add(
          new ForumRecord.Builder()
              .from(RecordGenerator.record(new SplittableRandom(Seeds.baseSeed() + i)))
              .id("batch-" + i)
              .build());
    }
    return records;
  }

  private static List<ReviewReport> review(
      List<CompiledRules> ruleSets, List<ForumRecord> records, int outcomesPerChunk) {
    SessionRunner runner =
        new SessionRunner(100, id -> true, true, null, new SessionPool(ruleSets));
    BatchReview batch =
        new BatchReview(
            runner, ruleSets.stream().map(CompiledRules::kieBase).toList(), outcomesPerChunk);
    return batch.reports(records, assembler(ruleSets));
  }

  private static FindingAssembler assembler(List<CompiledRules> ruleSets) {
    RuleCatalogue catalogue = ruleSets.get(0).catalogue();
    for (CompiledRules custom : ruleSets.subList(1, ruleSets.size())) {
      catalogue = catalogue.with(custom.catalogue());
    }
    return new FindingAssembler(catalogue::describe, Map.of(), BuiltInRules.version());
  }

  /** The reports of one session over the whole batch, built from everything it emitted at once. */
  private static List<ReviewReport> reviewInOneSession(
      List<CompiledRules> ruleSets, List<ForumRecord> records) {
    SessionRunner runner = new SessionRunner(100, id -> true, true, null, SessionPool.none());
    return assembler(ruleSets)
        .reports(
            records, runner.fire(ruleSets.stream().map(CompiledRules::kieBase).toList(), records));
  }

  @ParameterizedTest(name = "{0} outcomes a chunk")
  @ValueSource(ints = {1, 37, 100})
  void builtInRulesInChunksGiveTheWholeBatchReports(int outcomesPerChunk) {
    List<ForumRecord> records = generatedBatch(60);
    List<CompiledRules> builtIn = List.of(BuiltInRules.rules());
    assertThat(BatchReview.chunks(records, outcomesPerChunk).size()).isGreaterThan(1);

    List<ReviewReport> whole = reviewInOneSession(builtIn, records);

    assertThat(whole.stream().mapToInt(r -> r.getFindings().size()).sum()).isPositive();
    assertThat(review(builtIn, records, outcomesPerChunk)).isEqualTo(whole);
  }

  @Test
  void usersRulesStillSeeTheWholeBatchWhenTheBuiltInsRunInChunks() {
    ForumRecord seed = ExampleRecords.cbcf2024();
    List<ForumRecord> copies = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      copies.add(new ForumRecord.Builder().from(seed).id("copy-" + i).build());
    }
    List<CompiledRules> ruleSets =
        List.of(
            BuiltInRules.rules(),
            RuleCompiler.compile(List.of(RuleSource.drl("across.drl", ACROSS_RECORDS))));

    List<ReviewReport> chunked = review(ruleSets, copies, 1);

    assertThat(chunked).isEqualTo(reviewInOneSession(ruleSets, copies));
    for (ReviewReport report : chunked) {
      assertThat(report.getFindings())
          .filteredOn(f -> f.getRuleId().equals("BATCH-ACROSS-001"))
          .hasSize(seed.getOutcomes().size());
    }
  }

  @Test
  void chunksKeepRecordsWholeAndInOrder() {
    List<ForumRecord> records = generatedBatch(20);

    List<List<ForumRecord>> chunks = BatchReview.chunks(records, 50);

    assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(records);
    for (List<ForumRecord> chunk : chunks.subList(0, chunks.size() - 1)) {
      int outcomes = chunk.stream().mapToInt(r -> r.getOutcomes().size()).sum();
      int withoutLast = outcomes - chunk.get(chunk.size() - 1).getOutcomes().size();
      assertThat(outcomes).isGreaterThanOrEqualTo(50);
      assertThat(withoutLast).isLessThan(50);
    }
  }
}
