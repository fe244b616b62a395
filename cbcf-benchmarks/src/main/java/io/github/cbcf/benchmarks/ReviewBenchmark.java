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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One review of the 2024 record by a warm reviewer, sampled call by call so that JMH reports the
 * mean and the 99th percentile. {@code engine} reuses pooled sessions; {@code engineUnpooled} makes
 * new ones for every review, as cbcf did before pooling. The baseline builds the same report by
 * hand ({@code plainJava}) or only matches ({@code plainJavaMatchOnly}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class ReviewBenchmark {
  private Reviewer reviewer;
  private Reviewer unpooled;
  private PlainJavaReview plain;
  private PlainReports reports;
  private ForumRecord record;
  private List<ForumRecord> records;

  /** Creates the reviewer and reads the record, outside the measurement. */
  @Setup
  public void prepare() {
    reviewer = Reviewer.builder().allowUnlocatedSafeguards().build();
    System.setProperty("cbcf.rules.poolSessions", "false");
    try {
      unpooled = Reviewer.builder().allowUnlocatedSafeguards().build();
    } finally {
      System.clearProperty("cbcf.rules.poolSessions");
    }
    plain = PlainJavaReview.builtIn();
    reports = PlainReports.of(reviewer);
    record = Meetings.cbcf2024();
    records = List.of(record);
  }

  /**
   * @return the engine's report
   */
  @Benchmark
  public ReviewReport engine() {
    return reviewer.review(record);
  }

  /**
   * @return the engine's report, from sessions made for this review and thrown away after it (as
   *     before sessions were pooled)
   */
  @Benchmark
  public ReviewReport engineUnpooled() {
    return unpooled.review(record);
  }

  /**
   * @return the same report, built by the baseline
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
