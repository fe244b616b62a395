package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reviewing a batch of generated meetings ({@value Meetings#MIN_OUTCOMES} to {@value
 * Meetings#MAX_OUTCOMES} outcomes each) in one {@link Reviewer#reviewAll} call, against the
 * baseline doing the same. Time per call over the number of outcomes gives the cost per outcome;
 * with {@code -prof gc}, {@code gc.alloc.rate.norm} over the number of outcomes gives the bytes
 * allocated per outcome. {@code engine} is the reviewer as shipped, which runs the built-in rules
 * in sessions of about a thousand outcomes of whole meetings; {@code engineOneSession} runs the
 * whole batch in one session, as cbcf did before, to show what that costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    // A heap of fixed size, so that the collector's growing and shrinking it is not measured.
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class BatchBenchmark {
  /** How many outcomes the batch holds between its meetings. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int outcomes;

  private Reviewer reviewer;
  private Reviewer oneSession;
  private PlainJavaReview plain;
  private PlainReports reports;
  private List<ForumRecord> records;

  /** Generates the batch and creates the reviewer, outside the measurement. */
  @Setup
  public void prepare() {
    reviewer = Reviewer.builder().allowUnlocatedSafeguards().build();
    plain = PlainJavaReview.builtIn();
    reports = PlainReports.of(reviewer);
    records = Meetings.random(Meetings.SEED, outcomes);
    System.setProperty("cbcf.rules.outcomesPerChunk", String.valueOf(Integer.MAX_VALUE));
    try {
      oneSession = Reviewer.builder().allowUnlocatedSafeguards().build();
    } finally {
      System.clearProperty("cbcf.rules.outcomesPerChunk");
    }
  }

  /**
   * @return the engine's reports
   */
  @Benchmark
  public List<ReviewReport> engine() {
    return reviewer.reviewAll(records);
  }

  /**
   * @return the engine's reports, the whole batch in one session
   */
  @Benchmark
  public List<ReviewReport> engineOneSession() {
    return oneSession.reviewAll(records);
  }

  /**
   * @return the same reports, built by the baseline
   */
  @Benchmark
  public List<ReviewReport> plainJava() {
    return reports.reportsOf(records, plain.match(records));
  }

  /**
   * @return the baseline's matches alone
   */
  @Benchmark
  public List<RuleMatch> plainJavaMatchOnly() {
    return plain.match(records);
  }
}
