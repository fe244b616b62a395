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
 * Reviewing a fixed batch with the built-in rules plus 0 to 1000 {@link SyntheticRules generated
 * rules}, added as a user's DRL through {@link
 * Reviewer.Builder#addRules(io.github.cbcf.rules.RuleSource...)}. The baseline checks the same
 * generated predicates, one after another, on every outcome. Compiling the rules happens in the
 * set-up; {@link RuleCompileBenchmark} times it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@State(Scope.Benchmark)
public class RuleCountBenchmark {
  /** How many generated rules beside the built-in ones. */
  @Param({"0", "10", "100", "1000"})
  public int rules;

  /** How many outcomes the batch holds. */
  @Param({"10000"})
  public int outcomes;

  private Reviewer reviewer;
  private PlainJavaReview plain;
  private PlainReports reports;
  private List<ForumRecord> records;

  /** Compiles the rules and generates the batch, outside the measurement. */
  @Setup
  public void prepare() {
    List<SyntheticRules.Rule> synthetic = SyntheticRules.of(rules);
    reviewer =
        rules == 0
            ? Reviewer.builder().allowUnlocatedSafeguards().build()
            : Reviewer.builder()
                .allowUnlocatedSafeguards()
                .addRules(SyntheticRules.drl(synthetic))
                .build();
    plain = PlainJavaReview.builtIn().with(synthetic);
    reports = PlainReports.of(reviewer);
    records = Meetings.random(Meetings.SEED, outcomes);
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
