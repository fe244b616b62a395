package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.util.List;
import java.util.Locale;

/**
 * Measures what stays on the heap: the bytes per outcome of a generated batch, and of the reports
 * the engine and the baseline return for it, as the used heap after full collections. JMH's {@code
 * gc.alloc.rate.norm} says what a review allocates; this says what it keeps.
 *
 * <pre>
 * java -Xmx8g -cp cbcf-benchmarks/target/benchmarks.jar io.github.cbcf.benchmarks.HeapFootprint 100000
 * </pre>
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /**
   * Prints the figures for a batch.
   *
   * @param args the number of outcomes (default 100000)
   */
  public static void main(String[] args) {
    int outcomes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Reviewer reviewer = Reviewer.builder().allowUnlocatedSafeguards().build();
    PlainReports reports = PlainReports.of(reviewer);
    long empty = used();
    List<ForumRecord> records = Meetings.random(Meetings.SEED, outcomes);
    long withRecords = used();
    List<ReviewReport> engine = reviewer.reviewAll(records);
    long withEngineReports = used();
    List<ReviewReport> plain = reports.reportsOf(records, PlainJavaReview.builtIn().match(records));
    long withBothReports = used();
    long findings = engine.stream().mapToLong(r -> r.getFindings().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d outcomes in %d meetings, %d findings (%.2f per outcome)%n",
        outcomes,
        records.size(),
        findings,
        findings / (double) outcomes);
    System.out.printf(
        Locale.ROOT,
        "records:        %,.0f bytes per outcome%n",
        (withRecords - empty) / (double) outcomes);
    System.out.printf(
        Locale.ROOT,
        "engine reports: %,.0f bytes per outcome%n",
        (withEngineReports - withRecords) / (double) outcomes);
    System.out.printf(
        Locale.ROOT,
        "plain reports:  %,.0f bytes per outcome%n",
        (withBothReports - withEngineReports) / (double) outcomes);
    // Keeps everything reachable until the last measurement.
    if (engine.size() + plain.size() != 2 * records.size()) {
      throw new IllegalStateException("one report per record expected");
    }
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    // Several collections: one may leave garbage that a finalizer or reference queue frees for the
    // next.
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
