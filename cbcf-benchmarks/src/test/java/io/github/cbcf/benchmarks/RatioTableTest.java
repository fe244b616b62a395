package io.github.cbcf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioTableTest {
  /**
   * Two groups of BatchBenchmark (engine and baseline per size) as JMH 1.37 writes them, trimmed.
   */
  private static final String RESULTS =
      """
      [
        {"benchmark": "io.github.cbcf.benchmarks.BatchBenchmark.engine", "mode": "avgt",
         "params": {"outcomes": "1000"},
         "primaryMetric": {"score": 4.0, "scoreError": 0.3, "scoreUnit": "ms/op"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 2000000.0, "scoreError": 10.0, "scoreUnit": "B/op"}}},
        {"benchmark": "io.github.cbcf.benchmarks.BatchBenchmark.plainJava", "mode": "avgt",
         "params": {"outcomes": "1000"},
         "primaryMetric": {"score": 2.0, "scoreError": 0.4, "scoreUnit": "ms/op"},
         "secondaryMetrics": {}},
        {"benchmark": "io.github.cbcf.benchmarks.BatchBenchmark.plainJavaMatchOnly", "mode": "avgt",
         "params": {"outcomes": "1000"},
         "primaryMetric": {"score": 0.5, "scoreError": 0.0, "scoreUnit": "ms/op"},
         "secondaryMetrics": {}},
        {"benchmark": "io.github.cbcf.benchmarks.BatchBenchmark.engine", "mode": "avgt",
         "params": {"outcomes": "10000"},
         "primaryMetric": {"score": 30.0, "scoreError": "NaN", "scoreUnit": "ms/op"},
         "secondaryMetrics": {}},
        {"benchmark": "io.github.cbcf.benchmarks.BatchBenchmark.plainJava", "mode": "avgt",
         "params": {"outcomes": "10000"},
         "primaryMetric": {"score": 10.0, "scoreError": 1.0, "scoreUnit": "ms/op"},
         "secondaryMetrics": {}},
        {"benchmark": "io.github.cbcf.benchmarks.ReviewBenchmark.engine", "mode": "sample",
         "primaryMetric": {"score": 250.0, "scoreError": 5.0, "scoreUnit": "us/op",
                           "scorePercentiles": {"50.0": 240.0, "99.0": 600.0}},
         "secondaryMetrics": {}}
      ]
      """;

  private final List<RatioTable.Result> results = read();

  private static List<RatioTable.Result> read() {
    try {
      return RatioTable.read(new ObjectMapper().readTree(RESULTS));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsScoresErrorsPercentilesAndAllocation() {
    RatioTable.Result engine = results.get(0);

    assertThat(engine.benchmarkClass()).isEqualTo("BatchBenchmark");
    assertThat(engine.method()).isEqualTo("engine");
    assertThat(engine.allocated()).isEqualTo(2_000_000.0);
    assertThat(results.get(3).error()).isNaN();
    assertThat(results.get(5).p99()).isEqualTo(600.0);
    assertThat(results.get(0).p99()).isNaN();
  }

  @Test
  void aRatioAddsTheRelativeErrorsInQuadrature() {
    double[] ratio = RatioTable.ratio(results.get(0), results.get(1));

    assertThat(ratio[0]).isEqualTo(2.0);
    // 2 * sqrt((0.3 / 4)^2 + (0.4 / 2)^2)
    assertThat(ratio[1]).isCloseTo(2 * Math.hypot(0.075, 0.2), within(1e-12));
  }

  @Test
  void theTableComparesEachResultWithTheBaselineOfItsOwnParameters() {
    String table = RatioTable.markdown(results);

    assertThat(table)
        .contains("#### BatchBenchmark", "#### ReviewBenchmark")
        .contains(
            "| engine | outcomes=1000 | avgt | 4.00 ± 0.300 ms/op | 2.00 ± 0.427 | 8.00 ± 0.600 |")
        // No match-only result at 10000 outcomes: that column stays empty.
        .contains("| engine | outcomes=10000 | avgt | 30.0 ms/op | 3.00 |  |")
        // 4 ms over 1000 outcomes, 2 MB over 1000 outcomes.
        .contains("| 4,000 ns | 1,953 KiB | 2,000 B |")
        .contains("| 250 ± 5.00 us/op | n/a |  | 600 us/op |");
  }

  @Test
  void convertsEveryTimeUnitToNanoseconds() {
    assertThat(RatioTable.nanos(1.5, "s/op")).isEqualTo(1.5e9);
    assertThat(RatioTable.nanos(1.5, "ms/op")).isEqualTo(1.5e6);
    assertThat(RatioTable.nanos(1.5, "us/op")).isEqualTo(1.5e3);
    assertThat(RatioTable.nanos(1.5, "ns/op")).isEqualTo(1.5);
  }
}
