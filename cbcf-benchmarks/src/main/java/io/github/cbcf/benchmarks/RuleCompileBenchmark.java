package io.github.cbcf.benchmarks;

import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSource;
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
 * Creating a reviewer with 10 to 1000 {@link SyntheticRules generated rules} compiled at run time,
 * in a fresh JVM, one call per fork. The baseline only builds its predicates: there is nothing to
 * compile.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class RuleCompileBenchmark {
  /** How many generated rules. */
  @Param({"10", "100", "1000"})
  public int rules;

  private RuleSource drl;

  /** Writes the DRL, outside the measurement. */
  @Setup
  public void write() {
    drl = SyntheticRules.drl(SyntheticRules.of(rules));
  }

  /**
   * @return a reviewer with the built-in rules and the generated ones
   */
  @Benchmark
  public Reviewer engine() {
    return Reviewer.builder().addRules(drl).build();
  }

  /**
   * @return the baseline with the generated predicates
   */
  @Benchmark
  public PlainJavaReview plainJava() {
    return PlainJavaReview.builtIn().with(SyntheticRules.of(rules));
  }
}
