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
 * The join rules under load: {@link Meetings#dataFlowJoin} meetings, where every outcome takes part
 * in the data-flow join (CBCF-DATA-002) or the registry collect (CBCF-REG-001). With the meeting
 * size fixed, time per outcome stays flat as meetings are added when the joins are keyed by
 * meeting; a join across meetings would make it grow with the number of meetings. Run with {@code
 * -p meetings=1 -p meetingSize=...} to grow one meeting instead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@State(Scope.Benchmark)
public class JoinBenchmark {
  /** How many meetings. */
  @Param({"10", "100", "1000", "10000"})
  public int meetings;

  /** How many outcomes each meeting holds. */
  @Param({"20"})
  public int meetingSize;

  private Reviewer reviewer;
  private PlainJavaReview plain;
  private PlainReports reports;
  private List<ForumRecord> records;

  /** Generates the meetings and creates the reviewer, outside the measurement. */
  @Setup
  public void prepare() {
    reviewer = Reviewer.builder().allowUnlocatedSafeguards().build();
    plain = PlainJavaReview.builtIn();
    reports = PlainReports.of(reviewer);
    records = Meetings.dataFlowJoin(Meetings.SEED, meetings, meetingSize);
  }

  /**
   * @return the engine's reports
   */
  @Benchmark
  public List<ReviewReport> engine() {
    return reviewer.reviewAll(records);
  }

  /**
   * @return the same reports, built by the baseline
   */
  @Benchmark
  public List<ReviewReport> plainJava() {
    return reports.reportsOf(records, plain.match(records));
  }
}
