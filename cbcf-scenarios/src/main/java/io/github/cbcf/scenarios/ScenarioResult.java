package io.github.cbcf.scenarios;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.scenarios.FindingCheck.Expectation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What running one scenario gave: the review's report compared, row by row, with what the scenario
 * expected; or the error that kept the scenario from running. {@link #describe()} gives the
 * side-by-side table a failing test shows; {@link #wantedRows()} and {@link #foundRows()} the two
 * sides, for an IDE.
 */
public final class ScenarioResult {
  private static final Comparator<FindingCheck> ROW_ORDER =
      Comparator.comparing(FindingCheck::getRuleId)
          .thenComparing(c -> String.join(",", c.getOutcomes()))
          .thenComparing(FindingCheck::getExpectation);

  private final Path file;
  private final String name;
  private final Scenario scenario;
  private final ReviewReport report;
  private final List<RuleDescription> rules;
  private final List<FindingCheck> checks;
  private final RuntimeException error;

  private ScenarioResult(
      Path file,
      String name,
      Scenario scenario,
      ReviewReport report,
      List<RuleDescription> rules,
      List<FindingCheck> checks,
      RuntimeException error) {
    this.file = Objects.requireNonNull(file);
    this.name = Objects.requireNonNull(name);
    this.scenario = scenario;
    this.report = report;
    this.rules = List.copyOf(rules);
    this.checks = List.copyOf(checks);
    this.error = error;
  }

  /** A scenario that could not run; the name is the file name when the file could not be read. */
  static ScenarioResult failed(
      Path file, Scenario scenario, List<RuleDescription> rules, RuntimeException error) {
    String name = scenario != null ? scenario.getName() : String.valueOf(file.getFileName());
    return new ScenarioResult(
        file, name, scenario, null, rules, List.of(), Objects.requireNonNull(error));
  }

  /** A scenario that ran: its report compared with its expectations. */
  static ScenarioResult compared(
      Path file, Scenario scenario, ReviewReport report, List<RuleDescription> rules) {
    return new ScenarioResult(
        file, scenario.getName(), scenario, report, rules, compare(scenario, report), null);
  }

  private static List<FindingCheck> compare(Scenario scenario, ReviewReport report) {
    List<Finding> findings = report.getFindings();
    Set<Finding> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
    List<FindingCheck> checks = new ArrayList<>();
    for (ExpectedFinding expected : scenario.getExpect()) {
      Set<String> wanted = Set.copyOf(expected.getOutcomes());
      List<Finding> matches =
          findings.stream()
              .filter(
                  f ->
                      f.getRuleId().equals(expected.getRule())
                          && outcomeIds(f).equals(wanted)
                          && expected.acceptsSeverityAndStatusOf(f))
              .toList();
      accounted.addAll(matches);
      Finding match = matches.isEmpty() ? null : matches.get(0);
      checks.add(
          new FindingCheck(
              expected.getRule(),
              expected.getOutcomes(),
              Expectation.EXPECTED,
              expected,
              match,
              match != null,
              match != null ? "" : whereItFired(expected, findings)));
    }
    for (ExpectedFinding absent : scenario.getExpectAbsent()) {
      List<Finding> violations =
          findings.stream()
              .filter(
                  f ->
                      absent.isAbout(f.getRuleId())
                          && absent.acceptsSeverityAndStatusOf(f)
                          && (absent.getOutcomes().isEmpty()
                              || absent.getOutcomes().stream().anyMatch(f::isOn)))
              .toList();
      if (violations.isEmpty()) {
        checks.add(
            new FindingCheck(
                absent.getRule(),
                absent.getOutcomes(),
                Expectation.ABSENT,
                absent,
                null,
                true,
                ""));
      }
      for (Finding violation : violations) {
        accounted.add(violation);
        checks.add(
            new FindingCheck(
                violation.getRuleId(),
                ids(violation),
                Expectation.ABSENT,
                absent,
                violation,
                false,
                "expectAbsent lists "
                    + absent.getRule()
                    + (absent.getOutcomes().isEmpty()
                        ? " on any outcome"
                        : " on " + absent.getOutcomes())));
      }
    }
    boolean exhaustive = scenario.listsEveryFinding();
    for (Finding finding : findings) {
      if (!accounted.contains(finding)) {
        checks.add(
            new FindingCheck(
                finding.getRuleId(),
                ids(finding),
                Expectation.UNLISTED,
                null,
                finding,
                !exhaustive,
                exhaustive ? "the scenario is exhaustive and does not list it under expect" : ""));
      }
    }
    checks.sort(ROW_ORDER);
    return checks;
  }

  /** Tells a reader of a missing finding where its rule fired instead, if anywhere. */
  private static String whereItFired(ExpectedFinding expected, List<Finding> findings) {
    List<Finding> ofRule =
        findings.stream().filter(f -> f.getRuleId().equals(expected.getRule())).toList();
    if (ofRule.isEmpty()) {
      return "the rule did not fire on this record";
    }
    Set<String> wanted = Set.copyOf(expected.getOutcomes());
    return ofRule.stream()
        .map(
            f -> {
              String place = ids(f).toString();
              if (outcomeIds(f).equals(wanted)) {
                // Same rule and outcomes, so the severity or status asked for must be what differs.
                return place + " at " + f.getSeverity() + ", " + f.getStatus();
              }
              return place;
            })
        .collect(Collectors.joining(", ", "the rule fired on ", " instead"));
  }

  private static List<String> ids(Finding finding) {
    return finding.getOutcomes().stream().map(FlaggedOutcome::getId).toList();
  }

  private static Set<String> outcomeIds(Finding finding) {
    return Set.copyOf(ids(finding));
  }

  /**
   * @return the scenario file
   */
  public Path getFile() {
    return file;
  }

  /**
   * @return the scenario's name, or the file name when the file could not be read
   */
  public String getName() {
    return name;
  }

  /**
   * @return the scenario, when its file could be read
   */
  public Optional<Scenario> getScenario() {
    return Optional.ofNullable(scenario);
  }

  /**
   * @return the review's report, when the scenario ran
   */
  public Optional<ReviewReport> getReport() {
    return Optional.ofNullable(report);
  }

  /**
   * @return the rules the scenario was reviewed with (built-in and its own), ordered by id
   */
  public List<RuleDescription> getRules() {
    return rules;
  }

  /**
   * @return every row of the comparison, ordered by rule id and outcomes; empty when the scenario
   *     did not run
   */
  public List<FindingCheck> getChecks() {
    return checks;
  }

  /**
   * @return expected findings the review did not raise
   */
  public List<FindingCheck> getMissing() {
    return checks.stream().filter(FindingCheck::isMissing).toList();
  }

  /**
   * @return findings the review raised against the scenario's expectations
   */
  public List<FindingCheck> getUnexpected() {
    return checks.stream().filter(FindingCheck::isUnexpected).toList();
  }

  /**
   * @return what kept the scenario from running, if anything did
   */
  public Optional<RuntimeException> getError() {
    return Optional.ofNullable(error);
  }

  /**
   * @return true when the scenario ran and every expectation was met
   */
  public boolean isPassed() {
    return error == null && checks.stream().allMatch(FindingCheck::isMet);
  }

  /**
   * The rules that fired: those that raised a finding, and users' rules that escalated or
   * suppressed one.
   *
   * @return their ids, sorted
   */
  public Set<String> getFiredRules() {
    Set<String> fired = new TreeSet<>();
    if (report != null) {
      for (Finding finding : report.getFindings()) {
        fired.add(finding.getRuleId());
        finding.getEscalatedBy().ifPresent(fired::add);
        finding.getSuppressedBy().ifPresent(fired::add);
      }
    }
    return fired;
  }

  /**
   * The rules the scenario exercised: each rule whose finding an {@code expect} entry found, and
   * each rule that escalated or suppressed such a finding when the entry pinned the severity or the
   * status it changed.
   *
   * @return their ids, sorted
   */
  public Set<String> getExercisedRules() {
    Set<String> exercised = new TreeSet<>();
    for (FindingCheck check : checks) {
      if (check.getExpectation() == Expectation.EXPECTED && check.isMet()) {
        Finding finding = check.getFinding().orElseThrow();
        ExpectedFinding entry = check.getEntry().orElseThrow();
        exercised.add(finding.getRuleId());
        if (entry.getSeverity().isPresent()) {
          finding.getEscalatedBy().ifPresent(exercised::add);
        }
        if (entry.getStatus().isPresent()) {
          finding.getSuppressedBy().ifPresent(exercised::add);
        }
      }
    }
    return exercised;
  }

  /**
   * @return one line per row, as the scenario wants it: for an IDE's side-by-side view of a failure
   */
  public String wantedRows() {
    return rowStates(true);
  }

  /**
   * @return one line per row, as the review found it
   */
  public String foundRows() {
    return rowStates(false);
  }

  private String rowStates(boolean wanted) {
    return checks.stream()
        .map(
            c -> {
              boolean found =
                  wanted
                      ? c.getExpectation() == Expectation.EXPECTED
                          || (c.getExpectation() == Expectation.UNLISTED && c.isMet())
                      : c.isFound();
              return c + ": " + (found ? "found" : "absent");
            })
        .collect(Collectors.joining("\n"));
  }

  /**
   * Describes the result: a table of every row (rule id, outcomes, expected?, found?), then the
   * missing and unexpected findings with what to look at.
   *
   * @return the description, several lines
   */
  public String describe() {
    StringBuilder text =
        new StringBuilder("Scenario \"").append(name).append("\" (").append(file).append(") ");
    if (error != null) {
      return text.append("could not run:\n").append(error.getMessage()).toString();
    }
    List<FindingCheck> missing = getMissing();
    List<FindingCheck> unexpected = getUnexpected();
    text.append(
            isPassed()
                ? "passed"
                : "failed: " + missing.size() + " missing, " + unexpected.size() + " unexpected")
        .append('\n');
    if (checks.isEmpty()) {
      text.append("  (no findings, and the scenario expects none)\n");
    } else {
      appendTable(text);
    }
    if (!missing.isEmpty()) {
      text.append("Missing (expected, not found):\n");
      missing.forEach(
          c -> text.append("  - ").append(c).append(": ").append(c.getNote()).append('\n'));
    }
    if (!unexpected.isEmpty()) {
      text.append("Unexpected (found, but ")
          .append("expected absent or not listed in an exhaustive scenario):\n");
      unexpected.forEach(
          c -> {
            Finding finding = c.getFinding().orElseThrow();
            text.append("  - ")
                .append(c)
                .append(" \"")
                .append(finding.getTitle())
                .append("\": ")
                .append(c.getNote())
                .append("; first sentence: \"")
                .append(abbreviate(finding.getOutcomes().get(0).getText()))
                .append("\"\n");
          });
    }
    return text.toString().stripTrailing();
  }

  private void appendTable(StringBuilder text) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"rule id", "outcomes", "expected?", "found?", ""});
    for (FindingCheck check : checks) {
      String verdict =
          check.isMissing() ? "<- MISSING" : check.isUnexpected() ? "<- UNEXPECTED" : "";
      String outcomes =
          check.getOutcomes().isEmpty() ? "(any outcome)" : String.join(", ", check.getOutcomes());
      // The severity and status an entry asks for, so that a row that differs only in them can be
      // read.
      String expected =
          check.getExpectation().getLabel()
              + check
                  .getEntry()
                  .map(
                      e ->
                          Stream.concat(
                                  e.getSeverity().stream().map(Enum::name),
                                  e.getStatus().stream().map(Enum::name))
                              .map(a -> ", " + a)
                              .collect(Collectors.joining()))
                  .orElse("");
      rows.add(
          new String[] {
            check.getRuleId(), outcomes, expected, check.isFound() ? "yes" : "no", verdict
          });
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < 4; i++) {
        line.append(pad(row[i], widths[i])).append(" | ");
      }
      text.append(line.append(row[4]).toString().stripTrailing()).append('\n');
      if (r == 0) {
        StringBuilder rule = new StringBuilder("  ");
        for (int i = 0; i < 4; i++) {
          rule.append("-".repeat(widths[i])).append(i < 3 ? "-+-" : "-+");
        }
        text.append(rule).append('\n');
      }
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  @Override
  public String toString() {
    return name + (error != null ? ": could not run" : isPassed() ? ": passed" : ": failed");
  }
}
