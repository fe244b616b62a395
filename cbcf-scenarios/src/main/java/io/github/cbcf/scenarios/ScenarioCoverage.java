package io.github.cbcf.scenarios;

import io.github.cbcf.rules.RuleDescription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which rules a run of scenarios exercised, in the manner of {@code opa test --coverage}: for every
 * rule the reviewers knew, the scenarios it fired in and those that expected it. Get one from
 * {@link Scenarios#coverage()}; {@link #summary()} prints it.
 */
public final class ScenarioCoverage {
  private final List<RuleCoverage> rules;
  private final int scenarioCount;
  private final List<String> notRun;

  private ScenarioCoverage(List<RuleCoverage> rules, int scenarioCount, List<String> notRun) {
    this.rules = List.copyOf(rules);
    this.scenarioCount = scenarioCount;
    this.notRun = List.copyOf(notRun);
  }

  /**
   * Computes the coverage of a run.
   *
   * @param results the results of the scenarios run
   * @param baseRules the rules every scenario was reviewed with at least, so that a rule no
   *     scenario reached is still listed
   * @return the coverage
   */
  public static ScenarioCoverage of(
      List<ScenarioResult> results, Collection<RuleDescription> baseRules) {
    Map<String, RuleDescription> known = new TreeMap<>();
    baseRules.forEach(r -> known.putIfAbsent(r.getId(), r));
    results.forEach(result -> result.getRules().forEach(r -> known.putIfAbsent(r.getId(), r)));
    List<RuleCoverage> rules = new ArrayList<>();
    for (RuleDescription rule : known.values()) {
      rules.add(
          new RuleCoverage(
              rule,
              namesWhere(results, r -> r.getFiredRules().contains(rule.getId())),
              namesWhere(results, r -> r.getExercisedRules().contains(rule.getId()))));
    }
    List<String> notRun =
        results.stream()
            .filter(r -> r.getError().isPresent())
            .map(r -> r.getFile().toString())
            .sorted()
            .toList();
    return new ScenarioCoverage(rules, results.size(), notRun);
  }

  private static List<String> namesWhere(
      List<ScenarioResult> results, Predicate<ScenarioResult> test) {
    return results.stream()
        .filter(test)
        .map(ScenarioResult::getName)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  /**
   * @return every rule, ordered by id
   */
  public List<RuleCoverage> getRules() {
    return rules;
  }

  /**
   * @param ruleId a rule id
   * @return how that rule fared, if the reviewers knew it
   */
  public Optional<RuleCoverage> find(String ruleId) {
    return rules.stream().filter(r -> r.getRuleId().equals(ruleId)).findFirst();
  }

  /**
   * @return how many scenarios were run, including those that could not run
   */
  public int getScenarioCount() {
    return scenarioCount;
  }

  /**
   * @return the files of the scenarios that could not run, and so exercised nothing, sorted
   */
  public List<String> getScenariosNotRun() {
    return notRun;
  }

  /**
   * @return the rules no scenario exercised, ordered by id
   */
  public List<RuleCoverage> getNotExercised() {
    return notExercised(rule -> true);
  }

  /**
   * @param which the rules that matter, for example {@code RuleDescription::isBuiltIn}
   * @return those of them no scenario exercised, ordered by id
   */
  public List<RuleCoverage> notExercised(Predicate<RuleDescription> which) {
    return rules.stream().filter(r -> which.test(r.getDescription()) && !r.isExercised()).toList();
  }

  /**
   * @return true when every rule was exercised
   */
  public boolean isComplete() {
    return getNotExercised().isEmpty();
  }

  /**
   * Describes the coverage, one line per rule, ordered by id:
   *
   * <pre>
   * Rule coverage: 14 of 15 rules exercised by 7 scenarios
   *   rule id          status                 fired in  title
   *   CBCF-ACCESS-001  exercised              2         Lawful access to communications content
   *   CBCF-DATA-002    never fired            0         Cross-border data flow and personal-data security ...
   * Not exercised: CBCF-DATA-002
   * </pre>
   *
   * @return the summary, several lines
   */
  public String summary() {
    long exercised = rules.stream().filter(RuleCoverage::isExercised).count();
    StringBuilder text =
        new StringBuilder("Rule coverage: ")
            .append(exercised)
            .append(" of ")
            .append(rules.size())
            .append(rules.size() == 1 ? " rule" : " rules")
            .append(" exercised by ")
            .append(scenarioCount)
            .append(scenarioCount == 1 ? " scenario" : " scenarios")
            .append('\n');
    int idWidth =
        Math.max(
            "rule id".length(),
            rules.stream().mapToInt(r -> r.getRuleId().length()).max().orElse(0));
    int statusWidth = RuleCoverage.Status.FIRED_NOT_EXPECTED.getLabel().length();
    text.append("  ")
        .append(pad("rule id", idWidth))
        .append("  ")
        .append(pad("status", statusWidth))
        .append("  fired in  title\n");
    for (RuleCoverage rule : rules) {
      text.append("  ")
          .append(pad(rule.getRuleId(), idWidth))
          .append("  ")
          .append(pad(rule.getStatus().getLabel(), statusWidth))
          .append("  ")
          .append(pad(String.valueOf(rule.getFiredIn().size()), "fired in".length()))
          .append("  ")
          .append(rule.getDescription().getTitle())
          .append('\n');
    }
    List<RuleCoverage> missing = getNotExercised();
    text.append("Not exercised: ")
        .append(
            missing.isEmpty()
                ? "none"
                : missing.stream().map(RuleCoverage::getRuleId).collect(Collectors.joining(", ")));
    if (!notRun.isEmpty()) {
      text.append('\n')
          .append(notRun.size())
          .append(notRun.size() == 1 ? " scenario" : " scenarios")
          .append(" could not run and exercised nothing: ")
          .append(String.join(", ", notRun));
    }
    return text.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  @Override
  public String toString() {
    return summary();
  }
}
