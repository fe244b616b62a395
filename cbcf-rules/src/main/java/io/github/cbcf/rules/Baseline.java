package io.github.cbcf.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbcf.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of an earlier review, known by their fingerprints, read from the JSON report that
 * review wrote ({@code cbcf review --format json}). Marking reports against it says which findings
 * are new; a CI build can then fail only on those.
 *
 * <pre>{@code
 * Baseline baseline = Baseline.read(Path.of("last-release.json"));
 * ReviewReport marked = baseline.mark(report); // each finding's getNewSinceBaseline() is set
 * }</pre>
 */
public final class Baseline {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = Set.copyOf(fingerprints);
  }

  /**
   * @param fingerprints the fingerprints of the findings known before
   * @return a baseline of them
   */
  public static Baseline of(Collection<String> fingerprints) {
    return new Baseline(new LinkedHashSet<>(fingerprints));
  }

  /**
   * Reads a {@code cbcf-report} JSON file. A finding written by a version of cbcf that did not yet
   * print fingerprints gets one from its rule id and sentences, as a new report would.
   *
   * @param file the report
   * @return the fingerprints of its findings
   * @throws BaselineException when the file cannot be read, is not JSON or is not a cbcf report
   */
  public static Baseline read(Path file) {
    String name = file.toString();
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw failure(name, 0, 0, "", "no such file: give the JSON report of an earlier review");
    } catch (IOException e) {
      throw failure(name, 0, 0, "", "could not be read (" + e.getMessage() + ")");
    }
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw failure(
          name,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "",
          "is not JSON ("
              + e.getOriginalMessage()
              + "): give the report `cbcf review --format json` wrote");
    }
    if (root == null
        || !root.isObject()
        || !"cbcf-report".equals(root.path("format").asText())
        || !root.path("records").isArray()) {
      throw failure(
          name,
          1,
          1,
          "",
          "is not a cbcf JSON report (no \"format\": \"cbcf-report\" with \"records\"): give the"
              + " report `cbcf review --format json` wrote");
    }
    Set<String> fingerprints = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    JsonNode records = root.get("records");
    for (int r = 0; r < records.size(); r++) {
      JsonNode findings = records.get(r).path("report").path("findings");
      String at = "records[" + r + "].report.findings";
      if (!findings.isArray()) {
        problems.add(Problem.at(name, 0, 0, at, "is missing: the report is incomplete"));
        continue;
      }
      for (int f = 0; f < findings.size(); f++) {
        JsonNode finding = findings.get(f);
        JsonNode fingerprint = finding.get("fingerprint");
        if (fingerprint != null && fingerprint.isTextual()) {
          fingerprints.add(fingerprint.asText());
        } else if (finding.path("ruleId").isTextual() && finding.path("outcomes").isArray()) {
          List<String> texts = new ArrayList<>();
          finding.get("outcomes").forEach(o -> texts.add(o.path("text").asText()));
          fingerprints.add(Fingerprints.of(finding.get("ruleId").asText(), texts));
        } else {
          problems.add(
              Problem.at(
                  name,
                  0,
                  0,
                  at + "[" + f + "]",
                  "has neither a fingerprint nor a ruleId and outcomes: the report is damaged;"
                      + " write it again with cbcf review --format json"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BaselineException(name + ": " + problems.get(0).getMessage(), problems);
    }
    return new Baseline(fingerprints);
  }

  /**
   * @return how many distinct findings the baseline knows
   */
  public int size() {
    return fingerprints.size();
  }

  /**
   * @param fingerprint a finding's fingerprint
   * @return true when the baseline holds it
   */
  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  /**
   * @param report a report
   * @return the same report, each finding marked new or not
   */
  public ReviewReport mark(ReviewReport report) {
    return ImmutableReviewReport.copyOf(report)
        .withFindings(
            report.getFindings().stream()
                .map(
                    f ->
                        (Finding)
                            ImmutableFinding.copyOf(f)
                                .withNewSinceBaseline(!contains(f.getFingerprint())))
                .toList());
  }

  /**
   * @param reports reports
   * @return each of them marked
   */
  public List<ReviewReport> mark(List<ReviewReport> reports) {
    return reports.stream().map(this::mark).toList();
  }

  private static BaselineException failure(
      String file, int line, int column, String path, String message) {
    Problem problem = Problem.at(file, line, column, path, message);
    return new BaselineException(problem.toString(), List.of(problem));
  }
}
