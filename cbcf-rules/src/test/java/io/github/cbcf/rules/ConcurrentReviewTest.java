package io.github.cbcf.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One reviewer shared by many threads gives every thread the report a single thread gets. */
class ConcurrentReviewTest {
  private static final int THREADS = 8;
  private static final int RECORDS = 50;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneReviewerManyThreadsSameReports() throws Exception {
    long base = Seeds.baseSeed();
    List<ForumRecord> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      // Ids of their own, so that the batch below may hold them all.
      records.add(
          new ForumRecord.Builder()
              .from(RecordGenerator.record(new SplittableRandom(base + i)))
              .id("concurrent-" + i)
              .build());
    }
    // Generated records leave some safeguards unlocated; the reports must still agree.
    Reviewer reviewer = Reviewer.builder().allowUnlocatedSafeguards().build();
    List<ReviewReport> expected = records.stream().map(reviewer::review).toList();
    assertThat(expected).anySatisfy(r -> assertThat(r.getFindings()).isNotEmpty());

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<List<ReviewReport>>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        work.add(
            () -> {
              start.await(30, TimeUnit.SECONDS);
              if (thread % 4 == 3) {
                // Some threads review the whole batch in one session.
                return reviewer.reviewAll(records);
              }
              // The others review one record at a time, each thread in an order of its own.
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < RECORDS; i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(thread));
              ReviewReport[] reports = new ReviewReport[RECORDS];
              for (int i : order) {
                reports[i] = reviewer.review(records.get(i));
              }
              return List.of(reports);
            });
      }
      List<Future<List<ReviewReport>>> results = pool.invokeAll(work);
      for (int t = 0; t < THREADS; t++) {
        assertThat(results.get(t).get()).as("thread %s", t).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
