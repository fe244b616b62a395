package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.internal.BatchReview;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pooled sessions and chunked batches against the code as it was and the plain-Java baseline, by
 * the CPU time of the measuring thread (so that other processes on a shared machine count less than
 * in wall time). The variants run interleaved, round after round, in one JVM; each figure is the
 * median over the rounds, and each ratio is against {@code plainJava} of the same rounds. The user
 * column leaves out the kernel's time on the thread's behalf, such as zeroing memory the heap grows
 * into; Linux counts it in clock ticks of 10 ms, about 2% of a round.
 *
 * <p>Give large batches a heap of fixed size ({@code -Xms} equal to {@code -Xmx}): a heap that may
 * change size under G1 shrinks after each marking cycle and grows again within seconds, and the
 * kernel's zeroing of the pages it takes back is charged to the reviewing thread.
 *
 * <pre>
 * java -cp cbcf-benchmarks/target/benchmarks.jar io.github.cbcf.benchmarks.CpuTimeComparison \
 *     review 200 | batch 10
 * java -Xms12g -Xmx12g -Dcbcf.benchmarks.warmUpSeconds=60 -cp ... CpuTimeComparison \
 *     batch 5 1000,1000000
 * </pre>
 */
public final class CpuTimeComparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Outcomes a call of the "calls of 10³" variants reviews, about. */
  private static final int SLICE = 1_000;

  /** Seconds to warm up at least, before each comparison; none unless set. */
  public static final String WARM_UP_PROPERTY = "cbcf.benchmarks.warmUpSeconds";

  private CpuTimeComparison() {}

  /**
   * @param args {@code review ROUNDS} (one review of the 2024 record, 200 calls a round) or {@code
   *     batch ROUNDS [SIZES]} (batches of 10³, 10⁴, 10⁵ outcomes, or the comma-separated SIZES)
   */
  public static void main(String[] args) {
    String what = args.length > 0 ? args[0] : "review";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Reviewer pooled = Reviewer.builder().allowUnlocatedSafeguards().build();
    Reviewer unpooled = withProperty("cbcf.rules.poolSessions", "false");
    Reviewer oneSession =
        withProperty("cbcf.rules.outcomesPerChunk", String.valueOf(Integer.MAX_VALUE));
    PlainJavaReview plain = PlainJavaReview.builtIn();
    PlainReports reports = PlainReports.of(pooled);
    System.out.printf(
        Locale.ROOT,
        "java %s, %d cores, collectors %s, load before: %s%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    if (what.equals("review")) {
      List<ForumRecord> record = List.of(Meetings.cbcf2024());
      int calls = 200;
      Map<String, Runnable> variants = new LinkedHashMap<>();
      variants.put("plainJava", () -> reports.reportsOf(record, plain.match(record)));
      variants.put("engine (pooled)", () -> pooled.review(record.get(0)));
      variants.put("engineUnpooled (before)", () -> unpooled.review(record.get(0)));
      compare("warm review of the 2024 record, µs per review", variants, calls, rounds, 1);
    } else {
      int[] sizes =
          args.length > 2
              ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
              : new int[] {1_000, 10_000, 100_000};
      for (int outcomes : sizes) {
        List<ForumRecord> batch = Meetings.random(Meetings.SEED, outcomes);
        int calls = Math.max(1, 100_000 / outcomes);
        Map<String, Runnable> variants = new LinkedHashMap<>();
        variants.put("plainJava", () -> reports.reportsOf(batch, plain.match(batch)));
        variants.put("engine (chunked, pooled)", () -> pooled.reviewAll(batch));
        // One session over a million outcomes takes minutes a call: compared up to 10⁵.
        if (outcomes <= 100_000) {
          variants.put("engineOneSession (before)", () -> oneSession.reviewAll(batch));
        }
        if (outcomes > SLICE) {
          // The same records in calls of about 10³ outcomes: what the batch's size costs, apart
          // from the records no longer fitting the processor's caches, which both variants pay.
          List<List<ForumRecord>> slices = BatchReview.chunks(batch, SLICE);
          variants.put(
              "plainJava, calls of 10³",
              () -> slices.forEach(slice -> reports.reportsOf(slice, plain.match(slice))));
          variants.put(
              "engine, calls of 10³", () -> slices.forEach(slice -> pooled.reviewAll(slice)));
        }
        compare(
            "batch of " + outcomes + " outcomes in " + batch.size() + " meetings, µs per outcome",
            variants,
            calls,
            rounds,
            outcomes);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "load after: %s%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static Reviewer withProperty(String name, String value) {
    System.setProperty(name, value);
    try {
      return Reviewer.builder().allowUnlocatedSafeguards().build();
    } finally {
      System.clearProperty(name);
    }
  }

  private static void compare(
      String title, Map<String, Runnable> variants, int calls, int rounds, int perCall) {
    // Warm up every variant before measuring any: a few rounds, and at least WARM_UP_PROPERTY
    // seconds, since on two cores C2 takes 20 to 30 s of a review loop to compile the engine's hot
    // methods, and until then they run in C1 code several times slower.
    long warmUpEnd = System.nanoTime() + Long.getLong(WARM_UP_PROPERTY, 0) * 1_000_000_000L;
    int minimum = perCall >= 1_000_000 ? 1 : Math.max(3, rounds / 4);
    for (int i = 0; i < minimum || System.nanoTime() < warmUpEnd; i++) {
      variants.values().forEach(v -> time(v, calls));
    }
    Map<String, double[]> samples = new LinkedHashMap<>();
    Map<String, double[]> walls = new LinkedHashMap<>();
    Map<String, double[]> users = new LinkedHashMap<>();
    variants.keySet().forEach(k -> samples.put(k, new double[rounds]));
    variants.keySet().forEach(k -> walls.put(k, new double[rounds]));
    variants.keySet().forEach(k -> users.put(k, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Runnable> variant : variants.entrySet()) {
        long wallStart = System.nanoTime();
        long userStart = THREADS.getCurrentThreadUserTime();
        samples.get(variant.getKey())[round] =
            time(variant.getValue(), calls) / 1_000.0 / calls / perCall;
        users.get(variant.getKey())[round] =
            (THREADS.getCurrentThreadUserTime() - userStart) / 1_000.0 / calls / perCall;
        walls.get(variant.getKey())[round] =
            (System.nanoTime() - wallStart) / 1_000.0 / calls / perCall;
      }
    }
    System.out.println(title);
    System.out.println(
        "| Variant | median µs | p25 µs | p75 µs | × plainJava | user median µs | wall median µs"
            + " (with GC) |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    double baseline = median(samples.get("plainJava"));
    for (Map.Entry<String, double[]> sample : samples.entrySet()) {
      double[] sorted = sample.getValue().clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f |%n",
          sample.getKey(),
          median(sorted),
          sorted[sorted.length / 4],
          sorted[(sorted.length * 3) / 4],
          median(sorted) / baseline,
          median(users.get(sample.getKey())),
          median(walls.get(sample.getKey())));
    }
  }

  /** CPU nanoseconds of this thread for {@code calls} calls. */
  private static long time(Runnable variant, int calls) {
    List<Object> sink = new ArrayList<>(1);
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < calls; i++) {
      variant.run();
    }
    long spent = THREADS.getCurrentThreadCpuTime() - start;
    sink.add(variant);
    return spent;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
