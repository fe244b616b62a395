package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.Section;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingQualifier;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ImmutableFinding;
import io.github.cbcf.rules.ImmutableReviewReport;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.facts.AppliedQualifier;
import io.github.cbcf.rules.facts.QualifierScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the baseline's {@link RuleMatch matches} into the very reports the {@link Reviewer} returns: the same
 * findings with the same metadata, qualifiers and order. With it the baseline does all the work the engine does
 * except matching, so that a ratio measures the engine and not the report.
 *
 * <pre>{@code
 * PlainReports reports = PlainReports.of(reviewer);
 * List<ReviewReport> same = reports.reportsOf(records, PlainJavaReview.builtIn().match(records));
 * }</pre>
 */
public final class PlainReports {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getSeverity)
      .thenComparingInt(Finding::getStart)
      .thenComparing(Finding::getRuleId)
      .thenComparing(f -> f.getOutcomes().stream().map(FlaggedOutcome::getId).collect(Collectors.joining(",")));
  private static final Comparator<Outcome> SOURCE_ORDER =
      Comparator.comparingInt((Outcome o) -> o.getLocation().getStart()).thenComparing(Outcome::getId);

  private final Map<String, RuleDescription> rules;
  private final String ruleSetVersion;

  private PlainReports(Map<String, RuleDescription> rules, String ruleSetVersion) {
    this.rules = rules;
    this.ruleSetVersion = ruleSetVersion;
  }

  /**
   * Reads the rules' descriptions and the rule-set version from a reviewer, once; it is not used afterwards.
   *
   * @param reviewer the reviewer whose reports to reproduce
   * @return the report builder
   */
  public static PlainReports of(Reviewer reviewer) {
    return new PlainReports(reviewer.getRules().stream()
        .collect(Collectors.toMap(RuleDescription::getId, Function.identity())), reviewer.getRuleSetVersion());
  }

  /**
   * Builds one report per record, as {@link Reviewer#reviewAll} does.
   *
   * @param records the records, in the order the reports are wanted
   * @param matches what the rules matched on them
   * @return the reports
   */
  public List<ReviewReport> reportsOf(Collection<ForumRecord> records, List<RuleMatch> matches) {
    Map<String, List<Finding>> findings = new HashMap<>();
    for (RuleMatch match : matches) {
      findings.computeIfAbsent(match.record().getId(), id -> new ArrayList<>()).add(finding(match));
    }
    List<ReviewReport> reports = new ArrayList<>(records.size());
    for (ForumRecord record : records) {
      reports.add(report(record, findings.getOrDefault(record.getId(), List.of())));
    }
    return reports;
  }

  private ReviewReport report(ForumRecord record, List<Finding> unordered) {
    List<Finding> findings = unordered.stream().sorted(ORDER).toList();
    Set<String> flagged = new HashSet<>();
    findings.forEach(f -> f.getOutcomes().forEach(o -> flagged.add(o.getId())));
    List<String> inSourceOrder = record.getOutcomes().stream().sorted(SOURCE_ORDER).map(Outcome::getId).toList();
    return ImmutableReviewReport.builder()
        .recordId(record.getId())
        .ruleSetVersion(ruleSetVersion)
        .findings(findings)
        .outcomesReviewed(record.getOutcomes().size())
        .flaggedOutcomes(inSourceOrder.stream().filter(flagged::contains).toList())
        .cleanOutcomes(inSourceOrder.stream().filter(id -> !flagged.contains(id)).toList())
        .build();
  }

  private Finding finding(RuleMatch match) {
    RuleDescription rule = rules.get(match.ruleId());
    if (rule == null) {
      throw new IllegalStateException("the reviewer has no rule " + match.ruleId());
    }
    ForumRecord record = match.record();
    List<Outcome> outcomes = match.outcomes().stream().sorted(SOURCE_ORDER).toList();
    Section section = record.findSection(outcomes.get(0).getSection()).orElseThrow();
    Set<FindingQualifier> qualifiers = new LinkedHashSet<>();
    for (Outcome outcome : outcomes) {
      add(qualifiers, outcome.getQualifiers(), QualifierScope.OUTCOME);
      add(qualifiers, record.findSection(outcome.getSection()).orElseThrow().getQualifiers(), QualifierScope.SECTION);
      add(qualifiers, record.getQualifiers(), QualifierScope.STATEMENT);
    }
    return ImmutableFinding.builder()
        .ruleId(rule.getId())
        .title(rule.getTitle())
        .concern(rule.getConcern())
        .severity(rule.getSeverity())
        .declaredSeverity(rule.getSeverity())
        .escalatedBy(Optional.empty())
        .status(FindingStatus.RAISED)
        .suppressedBy(Optional.empty())
        .suppressionReason(Optional.empty())
        .rationale(rule.getRationale())
        .authorities(rule.getAuthorities())
        .recordId(record.getId())
        .section(section.getId())
        .sectionTitle(section.getTitle())
        .outcomes(outcomes.stream().map(FlaggedOutcome::of).toList())
        .qualifiers(qualifiers.stream().sorted(Comparator.comparing(FindingQualifier::getScope)
            .thenComparing(FindingQualifier::getKind).thenComparing(FindingQualifier::getText)).toList())
        .ruleSetVersion(ruleSetVersion)
        .build();
  }

  private static void add(Set<FindingQualifier> into, List<Qualifier> qualifiers, QualifierScope scope) {
    for (Qualifier qualifier : qualifiers) {
      into.add(FindingQualifier.of(new AppliedQualifier(qualifier, scope)));
    }
  }
}
