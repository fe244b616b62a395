package io.github.cbcf.rules;

import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.internal.BatchReview;
import io.github.cbcf.rules.internal.BuiltInRules;
import io.github.cbcf.rules.internal.CompiledRules;
import io.github.cbcf.rules.internal.FindingAssembler;
import io.github.cbcf.rules.internal.RuleCache;
import io.github.cbcf.rules.internal.RuleCatalogue;
import io.github.cbcf.rules.internal.RuleCompiler;
import io.github.cbcf.rules.internal.RuleInProgress;
import io.github.cbcf.rules.internal.SessionPool;
import io.github.cbcf.rules.internal.SessionRunner;
import io.github.cbcf.rules.internal.SubjectCodeCheck;
import io.github.cbcf.rules.internal.UnlocatedSafeguards;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviews records against the legal-review rules and reports what may require a lawyer's review.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.builtIn();          // once; safe to share between threads
 * ReviewReport report = reviewer.review(record);
 * report.getFindings().forEach(f -> System.out.println(f.getRuleId() + " " + f.getTitle()));
 * }</pre>
 *
 * <p>The built-in rules are compiled into Drools' executable model when cbcf is built, so creating
 * a reviewer compiles nothing. Each review runs in a session of its own (sessions are reset and
 * reused between reviews, never shared by two at once), with a limit on rule firings: a rule that
 * throws or loops ends the review with a {@link ReviewException} that names it, never with a
 * partial report. So does a rule that overflows the stack or runs out of memory, and, with {@link
 * Builder#timeLimit}, one that runs too long. Rules run with the program's rights: a rule must
 * never call {@code System.exit}, which would end the program that reviews.
 */
public final class Reviewer {
  /** Default limit on rule firings, per outcome reviewed. */
  public static final int DEFAULT_FIRINGS_PER_OUTCOME = 100;

  private final List<org.kie.api.KieBase> ruleSets;
  private final RuleCatalogue catalogue;
  private final SessionRunner sessions;
  private final BatchReview batches;
  private final FindingAssembler findings;
  private final List<Problem> warnings;
  private final boolean allowUnlocatedSafeguards;

  private Reviewer(Builder builder, List<CompiledRules> custom) {
    List<CompiledRules> all = new ArrayList<>();
    all.add(BuiltInRules.rules());
    all.addAll(custom);
    RuleCatalogue catalogue = all.get(0).catalogue();
    for (CompiledRules rules : custom) {
      catalogue = catalogue.with(rules.catalogue());
    }
    this.ruleSets = all.stream().map(CompiledRules::kieBase).toList();
    this.catalogue = catalogue;
    Set<String> disabledRules = Set.copyOf(builder.disabledRules);
    Set<String> disabledConcerns = Set.copyOf(builder.disabledConcerns);
    RuleCatalogue known = catalogue;
    this.sessions =
        new SessionRunner(
            builder.firingsPerOutcome,
            id ->
                !disabledRules.contains(id)
                    && !disabledConcerns.contains(known.describe(id).getConcern()),
            disabledRules.isEmpty() && disabledConcerns.isEmpty(),
            builder.timeLimit,
            new SessionPool(all));
    this.batches = new BatchReview(sessions, ruleSets, BatchReview.outcomesPerChunk());
    this.findings =
        new FindingAssembler(
            catalogue::describe, builder.severityOverrides, BuiltInRules.version());
    this.warnings = SubjectCodeCheck.warnings(builder.ruleSources);
    this.allowUnlocatedSafeguards = builder.allowUnlocatedSafeguards;
  }

  /**
   * Problems in the user's rule files that do not stop a review, such as a subject code the
   * catalogue does not hold ({@code rules.drl:12:33: hasSubject("crime.fentanil") names no built-in
   * subject ...; did you mean crime.fentanyl?}).
   *
   * @return the warnings, each with file, line and column; empty for the built-in rules alone
   */
  public List<Problem> getWarnings() {
    return warnings;
  }

  /**
   * @return a reviewer with the built-in rules and default settings
   */
  public static Reviewer builtIn() {
    return builder().build();
  }

  /**
   * @return a builder, to switch rules off, override severities or change the firing limit
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return every rule this reviewer knows, ordered by id, including those switched off
   */
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

  /**
   * @return the version of the rule set, carried by every finding
   */
  public String getRuleSetVersion() {
    return BuiltInRules.version();
  }

  /**
   * @return the version of the built-in rule set, read without loading any rule (for {@code
   *     --version})
   */
  public static String builtInRuleSetVersion() {
    return BuiltInRules.version();
  }

  /**
   * What a review running on a thread is doing, for a program that must say which rule ended it (a
   * rule that calls {@code System.exit}, for instance: rules must never do that).
   *
   * @param thread a thread
   * @return for example {@code rule "X" on outcome o1 of record r}, while a review runs there
   */
  public static Optional<String> ruleRunningOn(Thread thread) {
    return RuleInProgress.on(thread);
  }

  /**
   * Reviews one record.
   *
   * @param record the record
   * @return the report
   * @throws ReviewException when a rule throws, overflows the stack or runs out of memory, or rules
   *     fire past the limit or run past the time limit
   */
  public ReviewReport review(ForumRecord record) {
    return reviewAll(List.of(record)).get(0);
  }

  /**
   * Reviews many records. The built-in rules, which only join outcomes of the same record, run in
   * sessions of about {@value BatchReview#OUTCOMES_PER_CHUNK} outcomes of whole records, each
   * chunk's reports built before the next, so the cost per outcome stays flat as the batch grows; a
   * user's rules run in one session over the whole batch, so they may compare records.
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
        throw new IllegalArgumentException(
            "two records share the id "
                + record.getId()
                + ": give each record its own id, or review them one at a time");
      }
    }
    if (!allowUnlocatedSafeguards) {
      UnlocatedSafeguards.check(byId.values());
    }
    return batches.reports(byId.values(), findings);
  }

  /** Configures a {@link Reviewer}. */
  public static final class Builder {
    private int firingsPerOutcome = DEFAULT_FIRINGS_PER_OUTCOME;
    private boolean allowUnlocatedSafeguards;
    private Duration timeLimit;
    private final Set<String> disabledRules = new HashSet<>();
    private final Set<String> disabledConcerns = new HashSet<>();
    private final Map<String, Severity> severityOverrides = new HashMap<>();
    private final List<RuleSource> ruleSources = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> precompiled = new ArrayList<>();
    private RuleCache ruleCache = RuleCache.none();

    private Builder() {}

    /**
     * Keeps the user's rules, once compiled, in a folder, and loads them from there when the same
     * rule files are built again, which saves most of the compile. An entry is keyed by the content
     * of every rule file, cbcf's version and build, the Drools compiler and the Java version; an
     * entry that is damaged or was made for anything else is ignored and rebuilt. A folder that
     * cannot be read or written only means compiling as without a cache.
     *
     * @param folder where to keep compiled rules (the command line uses {@code
     *     $XDG_CACHE_HOME/cbcf} or {@code ~/.cache/cbcf})
     * @return this builder
     */
    public Builder cacheCompiledRules(Path folder) {
      this.ruleCache = RuleCache.in(folder);
      return this;
    }

    /**
     * Adds a user's rules compiled at build time by kie-maven-plugin: a KieBase declared in a
     * {@code META-INF/kmodule.xml} on the classpath. They run after the built-in rules (and before
     * rules added with {@link #addRules}), under the same metadata contract. Loading them compiles
     * nothing.
     *
     * @param kieBaseName the KieBase's name in its kmodule.xml
     * @return this builder
     */
    public Builder addPrecompiledRules(String kieBaseName) {
      precompiled.add(kieBaseName);
      return this;
    }

    /**
     * Adds a user's rules: DRL files ({@code .drl}), decision tables ({@code .drl.csv}, {@code
     * .drl.xlsx}), or folders of them. They are compiled when the reviewer is built, and run after
     * the built-in rules, seeing every fact and every built-in {@link
     * io.github.cbcf.rules.facts.Flag}. A rule file is code that runs with the program's rights:
     * load only files you trust.
     *
     * @param paths files or folders
     * @return this builder
     */
    public Builder addRules(Path... paths) {
      for (Path path : paths) {
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
     * Applies a configuration file ({@link ReviewConfig}, YAML or JSON): rule files relative to it,
     * rules and concerns to switch off, severity overrides, the firing limit.
     *
     * @param file the configuration file
     * @return this builder
     * @throws io.github.cbcf.model.io.InvalidRecordException when the file is not a valid
     *     configuration, naming line, column and field
     */
    public Builder configure(Path file) {
      ReviewConfig config = ReviewConfigReader.create().read(file);
      Path base = file.toAbsolutePath().getParent();
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
     * Limits the time of each review. A review that runs past it ends with a {@link
     * ReviewException} naming the rule that was running: the review's session is halted and its
     * worker thread interrupted, and a rule that ignores both (an endless Java loop) is left on a
     * background daemon thread, where it may keep a processor busy until the program ends. With a
     * limit, each review runs on a thread of its own. There is no limit by default.
     *
     * @param limit a positive duration
     * @return this builder
     */
    public Builder timeLimit(Duration limit) {
      if (limit == null || limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("the time limit must be positive, got " + limit);
      }
      this.timeLimit = limit;
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
     * Lets a review go on when a qualifier that would lower or remove an information-sharing
     * finding has no location in the source: such a qualifier then lowers nothing and the finding
     * shows it as an unverified safeguard. By default the review refuses the record, naming the
     * outcome and the qualifier, since a safeguard nobody can find in the text should not clear a
     * finding silently.
     *
     * @return this builder
     */
    public Builder allowUnlocatedSafeguards() {
      this.allowUnlocatedSafeguards = true;
      return this;
    }

    /**
     * Builds the reviewer, compiling the user's rules if any.
     *
     * @return the reviewer
     * @throws RuleSetException listing every problem together: rule files that are missing or do
     *     not compile, rules without the required metadata or with a taken id, and unknown rule ids
     *     or concerns named here
     */
    public Reviewer build() {
      List<Problem> found = new ArrayList<>(problems);
      List<CompiledRules> custom = new ArrayList<>();
      for (String name : precompiled) {
        try {
          custom.add(RuleCompiler.precompiled(name));
        } catch (RuleSetException e) {
          found.addAll(e.getProblems());
        }
      }
      if (found.isEmpty() && !ruleSources.isEmpty()) {
        try {
          custom.add(RuleCompiler.compile(ruleSources, ruleCache));
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
      Set<String> concerns =
          reviewer.getRules().stream().map(RuleDescription::getConcern).collect(Collectors.toSet());
      disabledRules.stream()
          .filter(id -> !ids.contains(id))
          .sorted()
          .forEach(
              id ->
                  found.add(
                      configProblem(
                          "cannot disable unknown rule " + id + "; known: " + sorted(ids))));
      severityOverrides.keySet().stream()
          .filter(id -> !ids.contains(id))
          .sorted()
          .forEach(
              id ->
                  found.add(
                      configProblem(
                          "cannot override the severity of unknown rule "
                              + id
                              + "; known: "
                              + sorted(ids))));
      disabledConcerns.stream()
          .filter(c -> !concerns.contains(c))
          .sorted()
          .forEach(
              c ->
                  found.add(
                      configProblem(
                          "cannot disable unknown concern " + c + "; known: " + sorted(concerns))));
      if (!found.isEmpty()) {
        throw new RuleSetException(found);
      }
      return reviewer;
    }

    private static Problem configProblem(String message) {
      return Problem.at("configuration", 0, 0, "", message);
    }

    private static String sorted(Set<String> values) {
      return values.stream().sorted().collect(Collectors.joining(", "));
    }
  }
}
