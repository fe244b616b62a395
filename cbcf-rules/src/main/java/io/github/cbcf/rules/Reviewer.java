package io.github.cbcf.rules;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.rules.facts.Escalation;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.RuleMetadata;
import io.github.cbcf.rules.facts.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      .thenComparing(Finding::getOutcomes, Reviewer::compareOutcomeIds);

  private final KieBase builtIn;
  private final List<KieBase> custom;
  private final RuleCatalogue catalogue;
  private final String ruleSetVersion;
  private final int firingsPerOutcome;
  private final Set<String> disabledRules;
  private final Set<String> disabledConcerns;
  private final Map<String, Severity> severityOverrides;

  private Reviewer(Builder builder, List<RuleSet> custom) {
    this.builtIn = BuiltIn.KIE_BASE;
    this.custom = custom.stream().map(RuleSet::kieBase).toList();
    RuleCatalogue all = BuiltIn.CATALOGUE;
    for (RuleSet rules : custom) {
      all = all.with(rules.catalogue());
    }
    this.catalogue = all;
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
    Emitted emitted = fire(byId.values());
    // Where several rules escalate or suppress one flag, the most severe escalation and then the smallest rule id
    // win, so that the report does not depend on the order the session returns what rules emitted.
    Map<Flag, Escalation> escalations = new IdentityHashMap<>();
    Comparator<Escalation> stronger = Comparator.comparing(Escalation::getSeverity)
        .thenComparing(e -> catalogue.describe(e.getRule()).getId());
    emitted.escalations().forEach(e -> escalations.merge(e.getFlag(), e, BinaryOperator.minBy(stronger)));
    Map<Flag, Suppression> suppressions = new IdentityHashMap<>();
    Comparator<Suppression> first = Comparator.comparing(s -> catalogue.describe(s.getRule()).getId());
    emitted.suppressions().forEach(s -> suppressions.merge(s.getFlag(), s, BinaryOperator.minBy(first)));
    Map<String, List<Finding>> findings = new HashMap<>();
    for (Flag flag : emitted.flags()) {
      findings.computeIfAbsent(flag.getRecordId(), id -> new ArrayList<>())
          .add(finding(flag, escalations.get(flag), suppressions.get(flag)));
    }
    List<ReviewReport> reports = new ArrayList<>(byId.size());
    for (ForumRecord record : byId.values()) {
      reports.add(report(record, findings.getOrDefault(record.getId(), List.of())));
    }
    return reports;
  }

  /** What rules emitted over a batch of records. */
  private record Emitted(List<Flag> flags, List<Escalation> escalations, List<Suppression> suppressions) {}

  private Emitted fire(Collection<ForumRecord> records) {
    List<Object> facts = new ArrayList<>();
    for (ForumRecord record : records) {
      facts.add(record);
      facts.addAll(OutcomeInContext.allOf(record));
    }
    long outcomes = records.stream().mapToLong(r -> r.getOutcomes().size()).sum();
    String recordIds = records.stream().map(ForumRecord::getId).collect(Collectors.joining(", "));
    List<Object> emitted = new ArrayList<>(run(builtIn, facts, outcomes, recordIds));
    // Each set of the user's rules sees every fact and every flag raised before it, so it can add to, escalate or
    // suppress them.
    for (KieBase rules : custom) {
      List<Object> seen = new ArrayList<>(facts);
      seen.addAll(emitted);
      emitted.addAll(run(rules, seen, outcomes, recordIds));
    }
    return new Emitted(only(emitted, Flag.class), only(emitted, Escalation.class), only(emitted, Suppression.class));
  }

  private static <T> List<T> only(List<Object> objects, Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Runs one session over the facts and returns what its rules emitted, in emission order. */
  private List<Object> run(KieBase kieBase, List<Object> facts, long outcomes, String recordIds) {
    KieSession session = kieBase.newKieSession();
    FiringCounter counter = new FiringCounter();
    session.addEventListener(counter);
    Set<Object> given = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    given.addAll(facts);
    try {
      for (Object fact : facts) {
        try {
          session.insert(fact);
        } catch (RuntimeException e) {
          String outcomeId = fact instanceof OutcomeInContext ? ((OutcomeInContext) fact).getId() : null;
          String rule = ruleNamedIn(e);
          throw new ReviewException((rule == null ? "A rule condition" : "The condition of rule \"" + rule + "\"")
              + " failed on " + fact + ": " + rootMessage(e) + ". Fix or remove the rule; no report was produced.",
              rule, recordIds, outcomeId, e);
        }
      }
      int limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, outcomes) * firingsPerOutcome);
      int fired;
      try {
        // Without rules switched off, no filter: it would look each match's rule up for nothing.
        fired = disabledRules.isEmpty() && disabledConcerns.isEmpty() ? session.fireAllRules(limit + 1)
            : session.fireAllRules(filter(), limit + 1);
      } catch (ConsequenceException e) {
        Rule rule = e.getMatch().getRule();
        String outcomeId = e.getMatch().getObjects().stream().filter(OutcomeInContext.class::isInstance)
            .map(o -> ((OutcomeInContext) o).getId()).findFirst().orElse(null);
        throw new ReviewException("Rule \"" + rule.getName() + "\" threw " + rootMessage(e) + " while matching "
            + (outcomeId == null ? "record " + recordIds : "outcome " + outcomeId) + ". Fix or remove the rule;"
            + " no report was produced.", rule.getName(), recordIds, outcomeId, e);
      } catch (RuntimeException e) {
        // A condition that throws surfaces here; Drools names its rule only in the message of its wrapper.
        String rule = ruleNamedIn(e);
        throw new ReviewException((rule == null ? "A rule" : "The condition of rule \"" + rule + "\"")
            + " failed while reviewing " + recordIds + ": " + rootMessage(e)
            + ". Fix or remove the rule; no report was produced.", rule, recordIds, null, e);
      }
      if (fired > limit) {
        throw new ReviewException("Rules fired more than " + limit + " times reviewing " + recordIds + " ("
            + firingsPerOutcome + " per outcome); rule \"" + counter.busiest() + "\" fired " + counter.busiestCount()
            + " times" + (counter.lastMatched() == null ? "" : ", last on outcome " + counter.lastMatched())
            + ". A rule that matches what it emits loops:"
            + " fix the rule, or raise the limit with Reviewer.Builder.firingsPerOutcome.",
            counter.busiest(), recordIds, counter.lastMatched(), null);
      }
      List<Object> emitted = new ArrayList<>();
      for (Object fact : session.getObjects()) {
        if (!given.contains(fact)) {
          emitted.add(fact);
        }
      }
      return emitted;
    } finally {
      session.dispose();
    }
  }

  /** Orders findings on the same rule and position by the ids of the outcomes they rest on, without copying. */
  private static int compareOutcomeIds(List<FlaggedOutcome> a, List<FlaggedOutcome> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = a.get(i).getId().compareTo(b.get(i).getId());
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private AgendaFilter filter() {
    return match -> {
      RuleDescription rule = catalogue.describe(match.getRule());
      return !disabledRules.contains(rule.getId()) && !disabledConcerns.contains(rule.getConcern());
    };
  }

  private ReviewReport report(ForumRecord record, List<Finding> unordered) {
    List<Finding> findings = unordered.stream().sorted(ORDER).toList();
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

  private Finding finding(Flag flag, Escalation escalation, Suppression suppression) {
    RuleDescription rule = catalogue.describe(flag.getRule());
    Severity declared = severityOverrides.getOrDefault(rule.getId(), rule.getSeverity());
    // An escalation never lowers a severity.
    boolean raised = escalation != null && !declared.isAtLeast(escalation.getSeverity());
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
        .severity(raised ? escalation.getSeverity() : declared)
        .declaredSeverity(declared)
        .escalatedBy(Optional.ofNullable(raised ? catalogue.describe(escalation.getRule()).getId() : null))
        .status(suppression == null ? FindingStatus.RAISED : FindingStatus.SUPPRESSED)
        .suppressedBy(Optional.ofNullable(suppression == null ? null
            : catalogue.describe(suppression.getRule()).getId()))
        .suppressionReason(Optional.ofNullable(suppression == null ? null : suppression.getReason()))
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

  private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

  /** The rule a Drools exception names in its message (or its causes'), if any. */
  private static String ruleNamedIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      Matcher rule = RULE_IN_MESSAGE.matcher(String.valueOf(cause.getMessage()));
      if (rule.find()) {
        return rule.group(1);
      }
    }
    return null;
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
    private OutcomeInContext lastMatched;

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
      // Called on every firing: keep the object, not a string built from it.
      for (Object fact : event.getMatch().getObjects()) {
        if (fact instanceof OutcomeInContext) {
          lastMatched = (OutcomeInContext) fact;
          break;
        }
      }
    }

    String busiest() {
      return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    int busiestCount() {
      return counts.getOrDefault(busiest(), 0);
    }

    /** The outcome's own id, as ReviewException#getOutcomeId promises; null until a rule matched an outcome. */
    String lastMatched() {
      return lastMatched == null ? null : lastMatched.getId();
    }
  }

  /** The precompiled built-in rules, loaded once per class loader. */
  private static final class BuiltIn {
    static final KieBase KIE_BASE = KieServices.get()
        .getKieClasspathContainer(Reviewer.class.getClassLoader()).getKieBase(BUILT_IN_KIE_BASE);
    static final RuleCatalogue CATALOGUE = RuleCatalogue.of(KIE_BASE.getKiePackages(), true,
        rule -> "io/github/cbcf/rules/builtin/" + RuleMetadata.text(rule, "concern") + ".drl");
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
    private final List<RuleSource> ruleSources = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    private final List<String> precompiled = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a user's rules compiled at build time by kie-maven-plugin: a KieBase declared in a
     * {@code META-INF/kmodule.xml} on the classpath. They run after the built-in rules (and before rules added
     * with {@link #addRules}), under the same metadata contract. Loading them compiles nothing.
     *
     * @param kieBaseName the KieBase's name in its kmodule.xml
     * @return this builder
     */
    public Builder addPrecompiledRules(String kieBaseName) {
      precompiled.add(kieBaseName);
      return this;
    }

    /**
     * Adds a user's rules: DRL files ({@code .drl}), decision tables ({@code .drl.csv}, {@code .drl.xlsx}), or
     * folders of them. They are compiled when the reviewer is built, and run after the built-in rules, seeing
     * every fact and every built-in {@link Flag}. A rule file is code that runs with the program's rights: load
     * only files you trust.
     *
     * @param paths files or folders
     * @return this builder
     */
    public Builder addRules(java.nio.file.Path... paths) {
      for (java.nio.file.Path path : paths) {
        try {
          ruleSources.addAll(RuleSource.fromPath(path));
        } catch (RuleSetException e) {
          problems.addAll(e.getProblems());
        }
      }
      return this;
    }

    /**
     * Adds a user's rules from sources already read, such as classpath resources or text.
     *
     * @param sources the rule sources
     * @return this builder
     */
    public Builder addRules(RuleSource... sources) {
      ruleSources.addAll(List.of(sources));
      return this;
    }

    /**
     * Applies a configuration file ({@link ReviewConfig}, YAML or JSON): rule files relative to it, rules and
     * concerns to switch off, severity overrides, the firing limit.
     *
     * @param file the configuration file
     * @return this builder
     * @throws io.github.cbcf.model.io.InvalidRecordException when the file is not a valid configuration, naming
     *     line, column and field
     */
    public Builder configure(java.nio.file.Path file) {
      ReviewConfig config = io.github.cbcf.model.io.RecordReader.create().read(file, ReviewConfig.class);
      java.nio.file.Path base = file.toAbsolutePath().getParent();
      config.getRules().forEach(rules -> addRules(base.resolve(rules)));
      config.getDisableRules().forEach(this::disableRule);
      config.getDisableConcerns().forEach(this::disableConcern);
      config.getSeverityOverrides().forEach(o -> overrideSeverity(o.getRule(), o.getSeverity()));
      config.getFiringsPerOutcome().ifPresent(this::firingsPerOutcome);
      return this;
    }

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
     * Builds the reviewer, compiling the user's rules if any.
     *
     * @return the reviewer
     * @throws RuleSetException listing every problem together: rule files that are missing or do not compile,
     *     rules without the required metadata or with a taken id, and unknown rule ids or concerns named here
     */
    public Reviewer build() {
      List<RuleProblem> found = new ArrayList<>(problems);
      List<RuleSet> custom = new ArrayList<>();
      for (String name : precompiled) {
        try {
          custom.add(RuleCompiler.precompiled(name));
        } catch (RuleSetException e) {
          found.addAll(e.getProblems());
        }
      }
      if (found.isEmpty() && !ruleSources.isEmpty()) {
        try {
          custom.add(RuleCompiler.compile(ruleSources));
        } catch (RuleSetException e) {
          found.addAll(e.getProblems());
        }
      }
      if (!found.isEmpty()) {
        throw new RuleSetException(found);
      }
      Reviewer reviewer = new Reviewer(this, custom);
      Set<String> ids = new HashSet<>();
      reviewer.getRules().forEach(r -> ids.add(r.getId()));
      Set<String> concerns = reviewer.getRules().stream().map(RuleDescription::getConcern)
          .collect(Collectors.toSet());
      disabledRules.stream().filter(id -> !ids.contains(id)).sorted()
          .forEach(id -> found.add(configProblem("cannot disable unknown rule " + id + "; known: " + sorted(ids))));
      severityOverrides.keySet().stream().filter(id -> !ids.contains(id)).sorted()
          .forEach(id -> found.add(configProblem("cannot override the severity of unknown rule " + id
              + "; known: " + sorted(ids))));
      disabledConcerns.stream().filter(c -> !concerns.contains(c)).sorted()
          .forEach(c -> found.add(configProblem("cannot disable unknown concern " + c + "; known: "
              + sorted(concerns))));
      if (!found.isEmpty()) {
        throw new RuleSetException(found);
      }
      return reviewer;
    }

    private static RuleProblem configProblem(String message) {
      return new RuleProblem("configuration", 0, 0, null, message);
    }

    private static String sorted(Set<String> values) {
      return values.stream().sorted().collect(Collectors.joining(", "));
    }
  }
}
