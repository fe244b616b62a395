package io.github.cbcf.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into the Markdown tables of BENCHMARKS.md:
 * every result beside the {@code plainJava} result (and, where there is one, the {@code
 * plainJavaMatchOnly} result) of the same class, mode and parameters, as a ratio with its error
 * bar, and, where the parameters give the number of outcomes, per outcome.
 *
 * <pre>
 * java -cp cbcf-benchmarks/target/benchmarks.jar io.github.cbcf.benchmarks.RatioTable results/*.json
 * </pre>
 *
 * <p>Error bars are JMH's 99.9% confidence half-widths; a ratio's error adds the two relative
 * errors in quadrature, which is close enough when both are small and says "n/a" when JMH gives
 * none.
 */
public final class RatioTable {
  /** The method every benchmark class names its baseline: the same reports, built by plain Java. */
  public static final String BASELINE = "plainJava";

  /** The method some classes name the baseline that only matches, building no report. */
  public static final String MATCH_ONLY = "plainJavaMatchOnly";

  private RatioTable() {}

  /**
   * Prints the table of one or more result files.
   *
   * @param args JMH JSON result files
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: RatioTable RESULT.json...");
      System.exit(2);
    }
    List<Result> results = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String file : args) {
      results.addAll(read(mapper.readTree(Path.of(file).toFile())));
    }
    System.out.print(markdown(results));
  }

  /**
   * One JMH result, reduced to what the table shows.
   *
   * @param benchmarkClass the class's simple name
   * @param method the benchmark method
   * @param mode JMH's mode, such as {@code avgt} or {@code sample}
   * @param params the parameters, in name order
   * @param score the score
   * @param error the 99.9% half-width, NaN when JMH has none
   * @param unit the score's unit, such as {@code ms/op}
   * @param p99 the 99th percentile for sampled modes, NaN otherwise
   * @param allocated {@code gc.alloc.rate.norm} in bytes per operation, NaN without {@code -prof
   *     gc}
   * @param allocatedError its half-width
   */
  public record Result(
      String benchmarkClass,
      String method,
      String mode,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      double p99,
      double allocated,
      double allocatedError) {
    /**
     * @return class, mode and parameters: the results compared with one another
     */
    String group() {
      return benchmarkClass + " " + mode + " " + params;
    }

    /**
     * @return the number of outcomes one operation reviews, when the parameters say
     */
    OptionalDouble outcomes() {
      if (params.containsKey("outcomes")) {
        return OptionalDouble.of(Double.parseDouble(params.get("outcomes")));
      }
      if (params.containsKey("meetings") && params.containsKey("meetingSize")) {
        return OptionalDouble.of(
            Double.parseDouble(params.get("meetings"))
                * Double.parseDouble(params.get("meetingSize")));
      }
      return OptionalDouble.empty();
    }
  }

  /**
   * Reads a JMH JSON result array.
   *
   * @param json the parsed file
   * @return its results, in file order
   */
  public static List<Result> read(JsonNode json) {
    List<Result> results = new ArrayList<>();
    for (JsonNode node : json) {
      String benchmark = node.get("benchmark").asText();
      String[] parts = benchmark.split("\\.");
      Map<String, String> params = new TreeMap<>();
      JsonNode paramsNode = node.get("params");
      if (paramsNode != null) {
        paramsNode.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      }
      JsonNode primary = node.get("primaryMetric");
      JsonNode percentiles = primary.get("scorePercentiles");
      double p99 =
          "sample".equals(node.get("mode").asText())
                  && percentiles != null
                  && percentiles.has("99.0")
              ? percentiles.get("99.0").asDouble()
              : Double.NaN;
      double allocated = Double.NaN;
      double allocatedError = Double.NaN;
      JsonNode secondary = node.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
          // JMH has named it "·gc.alloc.rate.norm" and "gc.alloc.rate.norm".
          if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
            allocated = metric.getValue().get("score").asDouble();
            allocatedError = number(metric.getValue().get("scoreError"));
          }
        }
      }
      results.add(
          new Result(
              parts[parts.length - 2],
              parts[parts.length - 1],
              node.get("mode").asText(),
              params,
              primary.get("score").asDouble(),
              number(primary.get("scoreError")),
              primary.get("scoreUnit").asText(),
              p99,
              allocated,
              allocatedError));
    }
    return results;
  }

  /** JMH writes "NaN" as a string when it has no error estimate. */
  private static double number(JsonNode node) {
    return node == null || !node.isNumber() ? Double.NaN : node.asDouble();
  }

  /**
   * The ratio of a score to its baseline's, with the error bar.
   *
   * @param result a result
   * @param baseline the baseline of its group
   * @return {ratio, half-width}; the half-width is NaN when either error is unknown
   */
  public static double[] ratio(Result result, Result baseline) {
    double ratio = result.score() / baseline.score();
    double relative =
        Math.hypot(result.error() / result.score(), baseline.error() / baseline.score());
    return new double[] {ratio, ratio * relative};
  }

  /**
   * @param results results, in any order
   * @return one Markdown table per benchmark class, with ratios to each group's baseline
   */
  public static String markdown(List<Result> results) {
    Map<String, List<Result>> byClass = new LinkedHashMap<>();
    results.forEach(
        r -> byClass.computeIfAbsent(r.benchmarkClass(), c -> new ArrayList<>()).add(r));
    Map<String, Result> baselines = new LinkedHashMap<>();
    results.stream()
        .filter(r -> r.method().equals(BASELINE))
        .forEach(r -> baselines.put(r.group(), r));
    Map<String, Result> matchOnly = new LinkedHashMap<>();
    results.stream()
        .filter(r -> r.method().equals(MATCH_ONLY))
        .forEach(r -> matchOnly.put(r.group(), r));
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<Result>> entry : byClass.entrySet()) {
      out.append("\n#### ")
          .append(entry.getKey())
          .append("\n\n")
          .append(
              "| Benchmark | Params | Mode | Score ± 99.9% | × plainJava | × plainJavaMatchOnly | p99 | per outcome")
          .append(" | alloc/op | alloc/outcome |\n")
          .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
      for (Result r : entry.getValue()) {
        String ratio = ratioText(r, baselines.get(r.group()));
        String toMatchOnly =
            matchOnly.containsKey(r.group()) ? ratioText(r, matchOnly.get(r.group())) : "";
        OptionalDouble outcomes = r.outcomes();
        String perOutcome =
            outcomes.isPresent()
                ? format(nanos(r.score(), r.unit()) / outcomes.getAsDouble()) + " ns"
                : "";
        String perOutcomeAlloc =
            outcomes.isPresent() && !Double.isNaN(r.allocated())
                ? format(r.allocated() / outcomes.getAsDouble()) + " B"
                : "";
        out.append("| ")
            .append(r.method())
            .append(" | ")
            .append(params(r.params()))
            .append(" | ")
            .append(r.mode())
            .append(" | ")
            .append(format(r.score()))
            .append(Double.isNaN(r.error()) ? "" : " ± " + format(r.error()))
            .append(' ')
            .append(r.unit())
            .append(" | ")
            .append(ratio)
            .append(" | ")
            .append(toMatchOnly)
            .append(" | ")
            .append(Double.isNaN(r.p99()) ? "" : format(r.p99()) + " " + r.unit())
            .append(" | ")
            .append(perOutcome)
            .append(" | ")
            .append(Double.isNaN(r.allocated()) ? "" : bytes(r.allocated()))
            .append(" | ")
            .append(perOutcomeAlloc)
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String ratioText(Result result, Result baseline) {
    if (baseline == null) {
      return "n/a";
    }
    double[] value = ratio(result, baseline);
    return Double.isNaN(value[1]) ? format(value[0]) : format(value[0]) + " ± " + format(value[1]);
  }

  private static String params(Map<String, String> params) {
    return params.isEmpty()
        ? ""
        : params.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
  }

  /** A time per operation in nanoseconds, whatever unit JMH wrote. */
  static double nanos(double score, String unit) {
    String time = unit.substring(0, unit.indexOf('/'));
    switch (time) {
      case "ns":
        return score;
      case "us":
        return score * 1e3;
      case "ms":
        return score * 1e6;
      case "s":
        return score * 1e9;
      default:
        throw new IllegalArgumentException("not a time per operation: " + unit);
    }
  }

  private static String bytes(double bytes) {
    if (bytes >= 10 * 1024 * 1024) {
      return format(bytes / (1024 * 1024)) + " MiB";
    }
    if (bytes >= 10 * 1024) {
      return format(bytes / 1024) + " KiB";
    }
    return format(bytes) + " B";
  }

  /** Three significant figures, enough for figures whose error bars are rarely below 1%. */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }
}
