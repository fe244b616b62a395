package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSource;
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
 * Creating a reviewer in a fresh JVM: one call per forked JVM, so each measurement pays class
 * loading, Drools' start-up and a cold JIT, as a command-line run does. The record is read before
 * the clock starts; reading it loads the model and Jackson but nothing of Drools.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class StartupBenchmark {
  /** A small house rule file, compiled at run time by {@link #customDrl()}. */
  static final String SMALL_DRL =
      """
      package io.github.cbcf.benchmarks.house;

      import io.github.cbcf.rules.Severity;
      import io.github.cbcf.rules.facts.Escalation;
      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      rule "Escalate findings on joint binding outcomes"
        @id("HOUSE-ESC-001")
        @severity("HIGH")
        @rationale("Joint binding outcomes go first.")
      when
        $flag : Flag()
        exists OutcomeInContext( isBinding(), isJoint() ) from $flag.outcomes
      then
        insert(Escalation.to($flag, Severity.HIGH));
      end

      rule "Firearms smuggling for the border desk"
        @id("HOUSE-DESK-001")
        @severity("LOW")
        @rationale("Routed to the border desk.")
      when
        $o : OutcomeInContext( hasSubject("crime.firearms-smuggling") )
      then
        insert(Flag.raise($o));
      end
      """;

  private ForumRecord record;

  /** Reads the 2024 record, outside the measurement. */
  @Setup
  public void read() {
    record = Meetings.cbcf2024();
  }

  /**
   * @return a reviewer with the built-in rules, precompiled at build time
   */
  @Benchmark
  public Reviewer builtIn() {
    return Reviewer.builtIn();
  }

  /**
   * @return a reviewer with the built-in rules and two house rules compiled now
   */
  @Benchmark
  public Reviewer customDrl() {
    return Reviewer.builder().addRules(RuleSource.drl("house-rules.drl", SMALL_DRL)).build();
  }

  /**
   * @return the first report of a fresh JVM: creating the reviewer and reviewing the 2024 record
   */
  @Benchmark
  public ReviewReport firstReport() {
    return Reviewer.builtIn().review(record);
  }

  /**
   * @return the baseline's first matches of a fresh JVM on the 2024 record
   */
  @Benchmark
  public List<RuleMatch> plainJava() {
    return PlainJavaReview.builtIn().match(List.of(record));
  }
}
