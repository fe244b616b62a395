package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.facts.Escalation;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.Suppression;
import io.github.cbcf.rules.facts.internal.FiringRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs rule sessions over records: inserts the facts, fires with a limit on firings, and turns what
 * Drools throws into a {@link ReviewException} that names the rule and the outcome. Never returns a
 * partial result.
 */
public final class SessionRunner {
  private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

  private final int firingsPerOutcome;
  private final Predicate<String> ruleEnabled;
  private final boolean allEnabled;
  private final Duration timeLimit;
  private final SessionPool sessions;

  /**
   * @param firingsPerOutcome the limit on rule firings, per outcome reviewed
   * @param ruleEnabled whether the rule of a given id may fire
   * @param allEnabled true when every rule may fire, so that no filter need look rules up
   */
  public SessionRunner(int firingsPerOutcome, Predicate<String> ruleEnabled, boolean allEnabled) {
    this(firingsPerOutcome, ruleEnabled, allEnabled, null, SessionPool.none());
  }

  /**
   * @param firingsPerOutcome the limit on rule firings, per outcome reviewed
   * @param ruleEnabled whether the rule of a given id may fire
   * @param allEnabled true when every rule may fire, so that no filter need look rules up
   * @param timeLimit the limit on one review's time, or null for none
   * @param sessions where sessions come from; disposing one returns it there, reset
   */
  public SessionRunner(
      int firingsPerOutcome,
      Predicate<String> ruleEnabled,
      boolean allEnabled,
      Duration timeLimit,
      SessionPool sessions) {
    this.firingsPerOutcome = firingsPerOutcome;
    this.ruleEnabled = ruleEnabled;
    this.allEnabled = allEnabled;
    this.timeLimit = timeLimit;
    this.sessions = sessions;
  }

  /**
   * Runs each rule set in turn over the records. Each set sees every fact and everything the sets
   * before it emitted, so a user's rules can add to, escalate or suppress the built-in flags.
   *
   * @param ruleSets the rule sets, built-in first
   * @param records records with distinct ids
   * @return what the rules emitted
   * @throws ReviewException when a rule throws, overflows the stack, runs out of memory, or rules
   *     fire past the limit or run past the time limit
   */
  public Emitted fire(List<KieBase> ruleSets, Collection<ForumRecord> records) {
    return fire(ruleSets, records, Emitted.flagsOnly(List.of()));
  }

  /**
   * Runs each rule set in turn over the records, as {@link #fire(List, Collection)} does, after
   * rules that already ran over them in sessions of their own.
   *
   * @param ruleSets the rule sets still to run
   * @param records records with distinct ids
   * @param before what earlier rule sets emitted over these records; every set here sees it
   * @return what the rules emitted, {@code before} first
   * @throws ReviewException when a rule throws, overflows the stack, runs out of memory, or rules
   *     fire past the limit or run past the time limit
   */
  public Emitted fire(List<KieBase> ruleSets, Collection<ForumRecord> records, Emitted before) {
    RuleInProgress progress = new RuleInProgress(records);
    Supplier<Emitted> review =
        () -> {
          progress.enter();
          try {
            return fire(ruleSets, records, before, progress);
          } finally {
            progress.leave();
          }
        };
    return timeLimit == null ? review.get() : TimeLimit.run(review, timeLimit, progress);
  }

  private Emitted fire(
      List<KieBase> ruleSets,
      Collection<ForumRecord> records,
      Emitted before,
      RuleInProgress progress) {
    List<Object> facts = new ArrayList<>();
    long outcomes = 0;
    for (ForumRecord record : records) {
      facts.add(record);
      facts.addAll(OutcomeInContext.allOf(record));
      outcomes += record.getOutcomes().size();
    }
    List<Object> emitted = new ArrayList<>(before.flags());
    emitted.addAll(before.escalations());
    emitted.addAll(before.suppressions());
    for (KieBase rules : ruleSets) {
      List<Object> seen = new ArrayList<>(facts);
      seen.addAll(emitted);
      emitted.addAll(run(rules, seen, outcomes, progress));
    }
    return new Emitted(
        only(emitted, Flag.class),
        only(emitted, Escalation.class),
        only(emitted, Suppression.class));
  }

  private static <T> List<T> only(List<Object> objects, Class<T> type) {
    List<T> kept = new ArrayList<>();
    for (Object object : objects) {
      if (type.isInstance(object)) {
        kept.add(type.cast(object));
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** Runs one session over the facts and returns what its rules emitted, in emission order. */
  private List<Object> run(
      KieBase kieBase, List<Object> facts, long outcomes, RuleInProgress progress) {
    KieSession session = sessions.open(kieBase);
    session.addEventListener(progress);
    progress.running(session);
    try {
      for (Object fact : facts) {
        try {
          session.insert(fact);
        } catch (RuntimeException e) {
          String outcomeId =
              fact instanceof OutcomeInContext ? ((OutcomeInContext) fact).getId() : null;
          String rule = ruleNamedIn(e);
          throw new ReviewException(
              (rule == null ? "A rule condition" : "The condition of rule \"" + rule + "\"")
                  + " failed on "
                  + fact
                  + ": "
                  + rootMessage(e)
                  + ". Fix or remove the rule; no report was produced.",
              rule,
              progress.recordIds(),
              outcomeId,
              e);
        }
      }
      // Registered once the given facts are in: whatever is inserted from here on, the rules
      // emitted.
      EmittedFacts emitted = new EmittedFacts();
      session.addEventListener(emitted);
      int limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, outcomes) * firingsPerOutcome);
      int fired;
      try {
        fired =
            allEnabled
                ? session.fireAllRules(limit + 1)
                : session.fireAllRules(filter(), limit + 1);
      } catch (ConsequenceException e) {
        Rule rule = e.getMatch().getRule();
        String outcomeId =
            e.getMatch().getObjects().stream()
                .filter(OutcomeInContext.class::isInstance)
                .map(o -> ((OutcomeInContext) o).getId())
                .findFirst()
                .orElse(null);
        throw new ReviewException(
            "Rule \""
                + rule.getName()
                + "\" threw "
                + rootMessage(e)
                + " while matching "
                + (outcomeId == null ? "record " + progress.recordIds() : "outcome " + outcomeId)
                + ". Fix or remove the rule;"
                + " no report was produced.",
            rule.getName(),
            progress.recordIds(),
            outcomeId,
            e);
      } catch (RuntimeException e) {
        // A condition that throws surfaces here; Drools names its rule only in the message of its
        // wrapper.
        String rule = ruleNamedIn(e);
        throw new ReviewException(
            (rule == null ? "A rule" : "The condition of rule \"" + rule + "\"")
                + " failed while reviewing "
                + progress.recordIds()
                + ": "
                + rootMessage(e)
                + ". Fix or remove the rule; no report was produced.",
            rule,
            progress.recordIds(),
            null,
            e);
      }
      if (fired > limit) {
        throw new ReviewException(
            "Rules fired more than "
                + limit
                + " times reviewing "
                + progress.recordIds()
                + " ("
                + firingsPerOutcome
                + " per outcome); rule \""
                + progress.busiest()
                + "\" fired "
                + progress.busiestCount()
                + " times"
                + (progress.lastMatched() == null
                    ? ""
                    : ", last on outcome " + progress.lastMatched())
                + ". A rule that matches what it emits loops:"
                + " fix the rule, or raise the limit with Reviewer.Builder.firingsPerOutcome.",
            progress.busiest(),
            progress.recordIds(),
            progress.lastMatched(),
            null);
      }
      return emitted.facts();
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw RuleErrors.contained(e, progress);
    } finally {
      FiringRule.leave();
      progress.running(null);
      session.dispose();
    }
  }

  private AgendaFilter filter() {
    return match -> ruleEnabled.test(RuleMetadata.text(match.getRule(), "id"));
  }

  /** The rule a Drools exception names in its message (or its causes'), if any. */
  private static String ruleNamedIn(Throwable failure) {
    for (Throwable cause = failure;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
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
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
  }
}
