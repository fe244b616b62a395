package io.github.cbcf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A reviewer reuses its rule sessions between reviews: nothing of one review may show in the next,
 * whatever order records come in, after a review that failed half-way, or with reviews at once.
 */
class PooledSessionTest {
  /** Loops on one record only, so that its review stops with matches still on the agenda. */
  private static final String LOOPS_ON_POISONED =
      """
      package com.example.pool;

      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      // Intent: a rule that loops on the record with id poisoned, and on no other.
      rule "Loops on the poisoned record"
        @id("POOL-LOOP-001")
        @severity("LOW")
        @rationale("May require review.")
      when
        $o : OutcomeInContext( recordId == "poisoned" )
        Flag()
      then
        insert(Flag.raise(java.util.List.of($o)));
      end
      """;

  private static ForumRecord generated(long seed, String id) {
    return new ForumRecord.Builder()
        .from(RecordGenerator.record(new SplittableRandom(seed)))
        .id(id)
        .build();
  }

  @Test
  void reviewingAThenBThenAGivesAIdenticalFindings() {
    Reviewer reviewer = Reviewer.builder().allowUnlocatedSafeguards().build();
    ForumRecord a = ExampleRecords.cbcf2024();
    ForumRecord b = generated(Seeds.baseSeed(), "pool-b");

    ReviewReport first = reviewer.review(a);
    ReviewReport other = reviewer.review(b);
    ReviewReport again = reviewer.review(a);

    assertThat(first.getFindings()).isNotEmpty();
    assertThat(again).isEqualTo(first);
    assertThat(other).isEqualTo(Reviewer.builder().allowUnlocatedSafeguards().build().review(b));
    // A fresh reviewer's first review is the one no reused session can have touched.
    assertThat(first).isEqualTo(Reviewer.builder().allowUnlocatedSafeguards().build().review(a));
  }

  @Test
  void reviewAfterOneStoppedByTheFiringLimitSeesNothingOfIt() {
    Reviewer reviewer =
        Reviewer.builder()
            .allowUnlocatedSafeguards()
            .addRules(RuleSource.drl("loops-on-poisoned.drl", LOOPS_ON_POISONED))
            .firingsPerOutcome(5)
            .build();
    ForumRecord clean = ExampleRecords.cbcf2024();
    ReviewReport before = reviewer.review(clean);
    ForumRecord poisoned = new ForumRecord.Builder().from(clean).id("poisoned").build();

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> reviewer.review(poisoned))
          .isInstanceOf(ReviewException.class)
          .hasMessageContaining("fired more than");
      assertThat(reviewer.review(clean)).isEqualTo(before);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentReviewsOnOneReviewerInterleavingRecordsGiveTheSingleThreadedReports()
      throws Exception {
    int threads = 6;
    int rounds = 40;
    List<ForumRecord> records = new ArrayList<>();
    records.add(ExampleRecords.cbcf2024());
    for (int i = 0; i < 5; i++) {
      records.add(generated(Seeds.baseSeed() + 100 + i, "pool-" + i));
    }
    List<ReviewReport> expected = new ArrayList<>();
    for (ForumRecord record : records) {
      expected.add(Reviewer.builder().allowUnlocatedSafeguards().build().review(record));
    }
    Reviewer shared = Reviewer.builder().allowUnlocatedSafeguards().build();
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        work.add(
            () -> {
              start.await(30, TimeUnit.SECONDS);
              int checked = 0;
              for (int round = 0; round < rounds; round++) {
                // Each thread walks the records from its own starting point: A, B, A patterns
                // across threads and sessions.
                int i = (thread + round * (thread + 1)) % records.size();
                assertThat(shared.review(records.get(i)))
                    .as("thread %s round %s record %s", thread, round, i)
                    .isEqualTo(expected.get(i));
                checked++;
              }
              return checked;
            });
      }
      for (Future<Integer> done : pool.invokeAll(work)) {
        assertThat(done.get()).isEqualTo(rounds);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
