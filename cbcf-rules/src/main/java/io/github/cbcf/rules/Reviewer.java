package io.github.cbcf.rules;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.OutcomeInContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Reviews records against the legal-review rules and reports what may require a lawyer's review.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.builtIn();          // once; safe to share between threads
 * ReviewReport report = reviewer.review(record);
 * report.getFindings().forEach(f -> System.out.println(f.getRuleId() + " " + f.getTitle()));
 * }</pre>
 *
 * <p>The built-in rules are compiled into Drools' executable model when cbcf is built, so creating a reviewer
 * compiles nothing. Each review runs in a session of its own, with a limit on rule firings: a rule that throws or
 * loops ends the review with a {@link ReviewException} that names it, never with a partial report.
 */
public final class Reviewer {
  /** Name of the KieBase that holds the built-in rules, as declared in {@code META-INF/kmodule.xml}. */
  public static final String BUILT_IN_KIE_BASE = "cbcf-builtin";

  /** Default limit on rule firings, per outcome reviewed. */
  public static final int DEFAULT_FIRINGS_PER_OUTCOME = 100;

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getSeverity)
      .thenComparingInt(Finding::getStart)
      .thenComparing(Finding::getRuleId)
      .thenComparing(f -> f.getOutcomes().stream().map(FlaggedOutcome::getId).collect(Collectors.joining(",")));

  private final KieBase kieBase;
  private final RuleCatalogue catalogue;
  private final String ruleSetVersion;
  private final int firingsPerOutcome;
  private final Set<String> disabledRules;
  private final Set<String> disabledConcerns;
  private final Map<String, Severity> severityOverrides;

  private Reviewer(Builder builder) {
    this.kieBase = BuiltIn.KIE_BASE;
    this.catalogue = BuiltIn.CATALOGUE;
    this.ruleSetVersion = BuiltIn.VERSION;
    this.firingsPerOutcome = builder.firingsPerOutcome;
    this.disabledRules = Set.copyOf(builder.disabledRules);
    this.disabledConcerns = Set.copyOf(builder.disabledConcerns);
    this.severityOverrides = Map.copyOf(builder.severityOverrides);
  }

  /** @return a reviewer with the built-in rules and default settings */
  public static Reviewer builtIn() {
    return builder().build();
  }

  /** @return a builder, to switch rules off, override severities or change the firing limit */
  public static Builder builder() {
    return new Builder();
  }

  /** @return every rule this reviewer knows, ordered by id, including those switched off */
  public List<RuleDescription> getRules() {
    return catalogue.all();
  }

  /**
   * @param ruleId a rule id
   * @return the rule's description, if this reviewer has it
   */
  public Optional<RuleDescription> findRule(String ruleId) {
    return catalogue.find(ruleId);
  }

  /** @return the version of the rule set, carried by every finding */
  public String getRuleSetVersion() {
    return ruleSetVersion;
  }

  /**
   * Reviews one record.
   *
   * @param record the record
   * @return the report
   * @throws ReviewException when a rule throws or rules fire past the limit
   */
  public ReviewReport review(ForumRecord record) {
    return reviewAll(List.of(record)).get(0);
  }

  /**
   * Reviews many records in one session; rules that join outcomes only join those of the same record.
   *
   * @param records records with distinct ids
   * @return one report per record, in the order given
   * @throws IllegalArgumentException when two records share an id
   * @throws ReviewException when a rule throws or rules fire past the limit
   */
  public List<ReviewReport> reviewAll(Collection<ForumRecord> records) {
    Map<String, ForumRecord> byId = new LinkedHashMap<>();
    for (ForumRecord record : records) {
      if (byId.putIfAbsent(record.getId(), record) != null) {
        throw new IllegalArgumentException("two records share the id " + record.getId()
            + ": give each record its own id, or review them one at a time");
      }
    }
    Map<String, List<Flag>> flags = fire(byId.values());
    List<ReviewReport> reports = new ArrayList<>(byId.size());
    for (ForumRecord record : byId.values()) {
      reports.add(report(record, flags.getOrDefault(record.getId(), List.of())));
    }
    return reports;
  }

  private Map<String, List<Flag>> fire(Collection<ForumRecord> records) {
    KieSession session = kieBase.newKieSession();
    FiringCounter counter = new FiringCounter();
    session.addEventListener(counter);
    String recordIds = records.stream().map(ForumRecord::getId).collect(Collectors.joining(", "));
    long outcomes = 0;
    try {
      for (ForumRecord record : records) {
        session.insert(record);
        for (OutcomeInContext outcome : OutcomeInContext.allOf(record)) {
          try {
            session.insert(outcome);
          } catch (RuntimeException e) {
            throw new ReviewException("A rule condition failed on outcome " + outcome.getId() + " of record "
                + record.getId() + ": " + rootMessage(e) + ". Fix or remove the rule; no report was produced.",
                null, record.getId(), outcome.getId(), e);
          }
          outcomes++;
        }
      }
      int limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, outcomes) * firingsPerOutcome);
      int fired;
      try {
        fired = session.fireAllRules(filter(), limit + 1);
      } catch (ConsequenceException e) {
        Rule rule = e.getMatch().getRule();
        String outcomeId = e.getMatch().getObjects().stream().filter(OutcomeInContext.class::isInstance)
            .map(o -> ((OutcomeInContext) o).getId()).findFirst().orElse(null);
        throw new ReviewException("Rule \"" + rule.getName() + "\" threw " + rootMessage(e) + " while matching "
            + (outcomeId == null ? "record " + recordIds : "outcome " + outcomeId) + ". Fix or remove the rule;"
            + " no report was produced.", rule.getName(), recordIds, outcomeId, e);
      } catch (RuntimeException e) {
        throw new ReviewException("A rule failed while reviewing " + recordIds + ": " + rootMessage(e)
            + ". Fix or remove the rule; no report was produced.", null, recordIds, null, e);
      }
      if (fired > limit) {
        throw new ReviewException("Rules fired more than " + limit + " times reviewing " + recordIds + " ("
            + firingsPerOutcome + " per outcome); rule \"" + counter.busiest() + "\" fired " + counter.busiestCount()
            + " times, last on " + counter.lastMatched() + ". A rule that matches what it emits loops:"
            + " fix the rule, or raise the limit with Reviewer.Builder.firingsPerOutcome.",
            counter.busiest(), recordIds, counter.lastMatched(), null);
      }
      Map<String, List<Flag>> flags = new HashMap<>();
      for (Object fact : session.getObjects(Flag.class::isInstance)) {
        Flag flag = (Flag) fact;
        flags.computeIfAbsent(flag.getRecordId(), id -> new ArrayList<>()).add(flag);
      }
      return flags;
    } finally {
      session.dispose();
    }
  }

  private AgendaFilter filter() {
    return match -> {
      RuleDescription rule = catalogue.describe(match.getRule());
      return !disabledRules.contains(rule.getId()) && !disabledConcerns.contains(rule.getConcern());
    };
  }

  private ReviewReport report(ForumRecord record, List<Flag> flags) {
    List<Finding> findings = flags.stream().map(this::finding).sorted(ORDER).toList();
    Set<String> flagged = new HashSet<>();
    findings.forEach(f -> f.getOutcomes().forEach(o -> flagged.add(o.getId())));
    List<Outcome> inSourceOrder = record.getOutcomes().stream()
        .sorted(Comparator.comparingInt((Outcome o) -> o.getLocation().getStart()).thenComparing(Outcome::getId))
        .toList();
    return ImmutableReviewReport.builder()
        .recordId(record.getId())
        .ruleSetVersion(ruleSetVersion)
        .findings(findings)
        .outcomesReviewed(record.getOutcomes().size())
        .flaggedOutcomes(inSourceOrder.stream().map(Outcome::getId).filter(flagged::contains).toList())
        .cleanOutcomes(inSourceOrder.stream().map(Outcome::getId).filter(id -> !flagged.contains(id)).toList())
        .build();
  }

  private Finding finding(Flag flag) {
    RuleDescription rule = catalogue.describe(flag.getRule());
    List<OutcomeInContext> outcomes = flag.getOutcomes().stream()
        .sorted(Comparator.comparingInt(OutcomeInContext::getStart).thenComparing(OutcomeInContext::getId))
        .toList();
    OutcomeInContext first = outcomes.get(0);
    Set<FindingQualifier> qualifiers = new LinkedHashSet<>();
    outcomes.forEach(o -> o.getQualifiers().forEach(q -> qualifiers.add(FindingQualifier.of(q))));
    return ImmutableFinding.builder()
        .ruleId(rule.getId())
        .title(rule.getTitle())
        .concern(rule.getConcern())
        .severity(severityOverrides.getOrDefault(rule.getId(), rule.getSeverity()))
        .rationale(rule.getRationale())
        .authorities(rule.getAuthorities())
        .recordId(first.getRecordId())
        .section(first.getSection().getId())
        .sectionTitle(first.getSection().getTitle())
        .outcomes(outcomes.stream().map(o -> FlaggedOutcome.of(o.getOutcome())).toList())
        .qualifiers(qualifiers.stream().sorted(Comparator.comparing(FindingQualifier::getScope)
            .thenComparing(FindingQualifier::getKind).thenComparing(FindingQualifier::getText)).toList())
        .ruleSetVersion(ruleSetVersion)
        .build();
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
  }

  /** Counts firings per rule, to name the rule that loops. */
  private static final class FiringCounter extends DefaultAgendaEventListener {
    private final Map<String, Integer> counts = new HashMap<>();
    private String lastMatched = "";

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
      lastMatched = event.getMatch().getObjects().stream().filter(OutcomeInContext.class::isInstance)
          .map(Object::toString).findFirst().orElse(lastMatched);
    }

    String busiest() {
      return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    int busiestCount() {
      return counts.getOrDefault(busiest(), 0);
    }

    String lastMatched() {
      return lastMatched;
    }
  }

  /** The precompiled built-in rules, loaded once per class loader. */
  private static final class BuiltIn {
    static final KieBase KIE_BASE = KieServices.get()
        .getKieClasspathContainer(Reviewer.class.getClassLoader()).getKieBase(BUILT_IN_KIE_BASE);
    static final RuleCatalogue CATALOGUE = RuleCatalogue.of(KIE_BASE, true);
    static final String VERSION = readVersion();

    private static String readVersion() {
      Properties properties = new Properties();
      try (InputStream in = Reviewer.class.getResourceAsStream("rule-set.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rule-set version", e);
      }
      return properties.getProperty("version", "unknown");
    }
  }

  /** Configures a {@link Reviewer}. */
  public static final class Builder {
    private int firingsPerOutcome = DEFAULT_FIRINGS_PER_OUTCOME;
    private final Set<String> disabledRules = new HashSet<>();
    private final Set<String> disabledConcerns = new HashSet<>();
    private final Map<String, Severity> severityOverrides = new HashMap<>();

    private Builder() {}

    /**
     * Sets the limit on rule firings per outcome reviewed.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder firingsPerOutcome(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("the firing limit must be at least 1, got " + limit);
      }
      this.firingsPerOutcome = limit;
      return this;
    }

    /**
     * Switches a rule off by id.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder disableRule(String ruleId) {
      disabledRules.add(ruleId);
      return this;
    }

    /**
     * Switches off every rule of a concern.
     *
     * @param concern the concern, as in {@link RuleDescription#getConcern()}
     * @return this builder
     */
    public Builder disableConcern(String concern) {
      disabledConcerns.add(concern);
      return this;
    }

    /**
     * Overrides the severity of a rule's findings.
     *
     * @param ruleId the rule's id
     * @param severity the severity to report
     * @return this builder
     */
    public Builder overrideSeverity(String ruleId, Severity severity) {
      severityOverrides.put(ruleId, severity);
      return this;
    }

    /**
     * Builds the reviewer.
     *
     * @return the reviewer
     * @throws RuleSetException when a rule id named here is unknown, or the rules break the metadata contract
     */
    public Reviewer build() {
      Reviewer reviewer = new Reviewer(this);
      List<String> unknown = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      reviewer.getRules().forEach(r -> ids.add(r.getId()));
      Set<String> concerns = reviewer.getRules().stream().map(RuleDescription::getConcern)
          .collect(Collectors.toSet());
      disabledRules.stream().filter(id -> !ids.contains(id)).sorted()
          .forEach(id -> unknown.add("cannot disable unknown rule " + id + "; known: " + sorted(ids)));
      severityOverrides.keySet().stream().filter(id -> !ids.contains(id)).sorted()
          .forEach(id -> unknown.add("cannot override the severity of unknown rule " + id + "; known: "
              + sorted(ids)));
      disabledConcerns.stream().filter(c -> !concerns.contains(c)).sorted()
          .forEach(c -> unknown.add("cannot disable unknown concern " + c + "; known: " + sorted(concerns)));
      if (!unknown.isEmpty()) {
        throw new RuleSetException(unknown);
      }
      return reviewer;
    }

    private static String sorted(Set<String> values) {
      return values.stream().sorted().collect(Collectors.joining(", "));
    }
  }
}
