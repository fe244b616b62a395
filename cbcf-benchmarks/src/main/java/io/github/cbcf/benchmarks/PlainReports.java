package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.internal.Emitted;
import io.github.cbcf.rules.internal.FindingAssembler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the baseline's {@link RuleMatch matches} into the very reports the {@link Reviewer}
 * returns: the same findings with the same metadata, qualifiers and order. With it the baseline
 * does all the work the engine does except matching, so that a ratio measures the engine and not
 * the report.
 *
 * <pre>{@code
 * PlainReports reports = PlainReports.of(reviewer);
 * List<ReviewReport> same = reports.reportsOf(records, PlainJavaReview.builtIn().match(records));
 * }</pre>
 */
public final class PlainReports {
  private final FindingAssembler assembler;

  private PlainReports(FindingAssembler assembler) {
    this.assembler = assembler;
  }

  /**
   * Reads the rules' descriptions and the rule-set version from a reviewer, once; it is not used
   * afterwards.
   *
   * @param reviewer the reviewer whose reports to reproduce
   * @return the report builder
   */
  public static PlainReports of(Reviewer reviewer) {
    Map<String, RuleDescription> rules =
        reviewer.getRules().stream()
            .collect(Collectors.toMap(RuleDescription::getId, Function.identity()));
    return new PlainReports(
        new FindingAssembler(
            id -> {
              RuleDescription rule = rules.get(id);
              if (rule == null) {
                throw new IllegalStateException("the reviewer has no rule " + id);
              }
              return rule;
            },
            Map.of(),
            reviewer.getRuleSetVersion()));
  }

  /**
   * Builds one report per record, as {@link Reviewer#reviewAll} does, with the engine's own finding
   * assembler.
   *
   * @param records the records, in the order the reports are wanted
   * @param matches what the rules matched on them
   * @return the reports
   */
  public List<ReviewReport> reportsOf(Collection<ForumRecord> records, List<RuleMatch> matches) {
    // The engine builds the outcomes' contexts for its facts too, so the baseline pays for them as
    // well.
    Map<ForumRecord, Map<String, OutcomeInContext>> contexts = new IdentityHashMap<>();
    List<Flag> flags = new ArrayList<>(matches.size());
    for (RuleMatch match : matches) {
      Map<String, OutcomeInContext> byId =
          contexts.computeIfAbsent(
              match.record(),
              record ->
                  OutcomeInContext.allOf(record).stream()
                      .collect(Collectors.toMap(OutcomeInContext::getId, Function.identity())));
      flags.add(
          Flag.of(
              match.ruleId(), match.outcomes().stream().map(o -> byId.get(o.getId())).toList()));
    }
    return assembler.reports(records, Emitted.flagsOnly(flags));
  }
}
