package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingQualifier;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ImmutableFinding;
import io.github.cbcf.rules.ImmutableReviewReport;
import io.github.cbcf.rules.RecordFacts;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.Severity;
import io.github.cbcf.rules.facts.Escalation;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.Suppression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Turns what rules emitted into reports: resolves escalations and suppressions, builds each finding
 * from its rule's description, and orders findings by severity, then place in the source, then rule
 * id, then outcome ids. The result does not depend on the order in which rules emitted. Used by the
 * {@code Reviewer} and by plain-Java baselines that must build the very same reports.
 */
public final class FindingAssembler {
  /** The order of findings in a report. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::getSeverity)
          .thenComparingInt(Finding::getStart)
          .thenComparing(Finding::getRuleId)
          .thenComparing(Finding::getOutcomes, FindingAssembler::compareOutcomeIds);

  private static final Comparator<Outcome> SOURCE_ORDER =
      Comparator.comparingInt((Outcome o) -> o.getLocation().getStart())
          .thenComparing(Outcome::getId);

  private final Function<String, RuleDescription> rules;
  private final Map<String, Severity> severityOverrides;
  private final String ruleSetVersion;

  /**
   * @param rules the description of a rule, by rule id
   * @param severityOverrides severities to report instead of the declared ones, by rule id
   * @param ruleSetVersion the version every finding carries
   */
  public FindingAssembler(
      Function<String, RuleDescription> rules,
      Map<String, Severity> severityOverrides,
      String ruleSetVersion) {
    this.rules = rules;
    this.severityOverrides = Map.copyOf(severityOverrides);
    this.ruleSetVersion = ruleSetVersion;
  }

  /**
   * Builds one report per record.
   *
   * @param records the records reviewed, in the order the reports are wanted
   * @param emitted what the rules emitted over them
   * @return the reports
   */
  public List<ReviewReport> reports(Collection<ForumRecord> records, Emitted emitted) {
    // Where several rules escalate or suppress one flag, the most severe escalation and then the
    // smallest rule id
    // win, so that the report does not depend on the order the session returns what rules emitted.
    Map<Flag, Escalation> escalations = new IdentityHashMap<>();
    Comparator<Escalation> stronger =
        Comparator.comparing(Escalation::getSeverity).thenComparing(Escalation::getRuleId);
    emitted
        .escalations()
        .forEach(e -> escalations.merge(e.getFlag(), e, BinaryOperator.minBy(stronger)));
    Map<Flag, Suppression> suppressions = new IdentityHashMap<>();
    Comparator<Suppression> first = Comparator.comparing(Suppression::getRuleId);
    emitted
        .suppressions()
        .forEach(s -> suppressions.merge(s.getFlag(), s, BinaryOperator.minBy(first)));
    Map<String, ForumRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.getId(), r));
    Map<String, RecordInReport> inReport = new HashMap<>();
    for (Flag flag : emitted.flags()) {
      inReport
          .computeIfAbsent(flag.getRecordId(), id -> new RecordInReport(byId.get(id)))
          .findings
          .add(
              finding(
                  flag,
                  inReport.get(flag.getRecordId()),
                  escalations.get(flag),
                  suppressions.get(flag)));
    }
    List<ReviewReport> reports = new ArrayList<>(records.size());
    for (ForumRecord record : records) {
      RecordInReport one = inReport.get(record.getId());
      reports.add(report(one == null ? new RecordInReport(record) : one));
    }
    return reports;
  }

  /**
   * What a report of one record needs more than once: the outcomes as a report shows them, built
   * once and shared by the record's facts and its findings, and the meeting it fits authorities to.
   */
  private static final class RecordInReport {
    final ForumRecord record;
    final RecordFacts facts;
    final Map<String, FlaggedOutcome> outcomes = new HashMap<>();
    final MeetingAuthorities meeting;
    final List<Finding> findings = new ArrayList<>();

    RecordInReport(ForumRecord record) {
      this.record = record;
      this.facts = RecordFacts.of(record);
      facts.getOutcomes().forEach(o -> outcomes.put(o.getId(), o));
      this.meeting = new MeetingAuthorities(record);
    }

    /** An outcome as the report shows it; a user's rule may join outcomes of other records. */
    FlaggedOutcome shown(OutcomeInContext outcome) {
      FlaggedOutcome shared =
          outcome.getRecordId().equals(record.getId()) ? outcomes.get(outcome.getId()) : null;
      return shared != null ? shared : FlaggedOutcome.of(outcome.getOutcome());
    }
  }

  private ReviewReport report(RecordInReport one) {
    List<Finding> findings = new ArrayList<>(one.findings);
    findings.sort(ORDER);
    Set<String> flagged = new HashSet<>();
    for (Finding finding : findings) {
      for (FlaggedOutcome outcome : finding.getOutcomes()) {
        flagged.add(outcome.getId());
      }
    }
    // The record's facts list its outcomes in source order.
    List<String> flaggedOutcomes = new ArrayList<>();
    List<String> cleanOutcomes = new ArrayList<>();
    for (FlaggedOutcome outcome : one.facts.getOutcomes()) {
      (flagged.contains(outcome.getId()) ? flaggedOutcomes : cleanOutcomes).add(outcome.getId());
    }
    ForumRecord record = one.record;
    return ImmutableReviewReport.builder()
        .recordId(record.getId())
        .record(one.facts)
        .ruleSetVersion(ruleSetVersion)
        .findings(findings)
        .outcomesReviewed(record.getOutcomes().size())
        .flaggedOutcomes(flaggedOutcomes)
        .cleanOutcomes(cleanOutcomes)
        .unreviewedOutcomes(
            record.getOutcomes().stream()
                .sorted(SOURCE_ORDER)
                .filter(o -> o.getSubjects().stream().noneMatch(Subjects::isBuiltIn))
                .map(Outcome::getId)
                .toList())
        .build();
  }

  private Finding finding(
      Flag flag, RecordInReport record, Escalation escalation, Suppression suppression) {
    RuleDescription rule = rules.apply(flag.getRuleId());
    Severity declared = severityOverrides.getOrDefault(rule.getId(), rule.getSeverity());
    // @retrospective("lower"): a rule that still fires on outcomes that only look back reports
    // them one step lower, so the rule file, not Java, decides how much the past weighs.
    boolean lowered =
        rule.isLoweredWhenRetrospective()
            && flag.getOutcomes().stream().allMatch(OutcomeInContext::isRetrospective)
            && declared != Severity.INFO;
    if (lowered) {
      declared = declared.oneLower();
    }
    // An escalation never lowers a severity.
    boolean raised = escalation != null && !declared.isAtLeast(escalation.getSeverity());
    List<OutcomeInContext> outcomes =
        flag.getOutcomes().stream()
            .sorted(
                Comparator.comparingInt(OutcomeInContext::getStart)
                    .thenComparing(OutcomeInContext::getId))
            .toList();
    OutcomeInContext first = outcomes.get(0);
    Set<FindingQualifier> qualifiers = new LinkedHashSet<>();
    outcomes.forEach(
        o ->
            o.getQualifiers()
                .forEach(
                    q ->
                        qualifiers.add(
                            FindingQualifier.of(
                                q.getKind(), q.getText(), q.getScope(), !q.isLocated()))));
    MeetingAuthorities.Fit fit = record.meeting.of(rule);
    return ImmutableFinding.builder()
        .ruleId(rule.getId())
        .title(rule.getTitle())
        .concern(rule.getConcern())
        .severity(raised ? escalation.getSeverity() : declared)
        .declaredSeverity(declared)
        .loweredAsRetrospective(lowered)
        .escalatedBy(Optional.ofNullable(raised ? escalation.getRuleId() : null))
        .status(suppression == null ? FindingStatus.RAISED : FindingStatus.SUPPRESSED)
        .suppressedBy(Optional.ofNullable(suppression == null ? null : suppression.getRuleId()))
        .suppressionReason(
            Optional.ofNullable(suppression == null ? null : suppression.getReason()))
        .rationale(rule.getRationale())
        .authorities(fit.inForce())
        .authoritiesNotInForce(fit.notInForce())
        .parties(record.meeting.parties())
        .uncoveredParties(fit.uncovered())
        .recordId(first.getRecordId())
        .section(first.getSection())
        .sectionTitle(first.getSectionTitle())
        .outcomes(outcomes.stream().map(record::shown).toList())
        .qualifiers(
            qualifiers.stream()
                .sorted(
                    Comparator.comparing(FindingQualifier::getScope)
                        .thenComparing(FindingQualifier::getKind)
                        .thenComparing(FindingQualifier::getText))
                .toList())
        .ruleSetVersion(ruleSetVersion)
        .build();
  }

  /**
   * Orders findings on the same rule and position by the ids of the outcomes they rest on, without
   * copying.
   */
  private static int compareOutcomeIds(List<FlaggedOutcome> a, List<FlaggedOutcome> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = a.get(i).getId().compareTo(b.get(i).getId());
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
