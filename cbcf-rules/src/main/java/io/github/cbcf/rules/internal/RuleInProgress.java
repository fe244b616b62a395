package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.internal.FiringRule;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * What one review is doing right now: its session and the rule whose consequence is running, so
 * that a review stopped by its time limit, or a program ended from inside a rule, can name the
 * rule. Reviews register the thread they run on while they run. It is the one listener on a
 * review's sessions: it also tells {@link FiringRule} which rule fires and counts firings per rule
 * so that a rule that loops can be named, looking at each match's facts once.
 *
 * <p>The record ids are joined only when a message needs them, and each rule's id is read from its
 * metadata once a session, since both would otherwise cost every review (or every firing).
 */
public final class RuleInProgress extends DefaultAgendaEventListener {
  private static final Map<Thread, RuleInProgress> RUNNING = new ConcurrentHashMap<>();
  private static final VarHandle RULE;
  private static final VarHandle OUTCOME;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      RULE = lookup.findVarHandle(RuleInProgress.class, "rule", Rule.class);
      OUTCOME = lookup.findVarHandle(RuleInProgress.class, "outcome", OutcomeInContext.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Collection<ForumRecord> records;
  private volatile String recordIds;
  private volatile KieSession session;
  private Rule rule;
  private OutcomeInContext outcome;
  private final Map<Rule, Firings> firings = new IdentityHashMap<>();
  private Firings firing;
  private OutcomeInContext lastMatched;

  /** A rule's id and how many times it fired in the current session. */
  private static final class Firings {
    final String ruleId;
    int count;

    Firings(String ruleId) {
      this.ruleId = ruleId;
    }
  }

  /**
   * @param records the records under review, which must not change while it runs
   */
  RuleInProgress(Collection<ForumRecord> records) {
    this.records = records;
  }

  /**
   * @param thread a thread
   * @return what the review running on that thread is doing, if one is
   */
  public static Optional<String> on(Thread thread) {
    RuleInProgress progress = RUNNING.get(thread);
    return progress == null ? Optional.empty() : Optional.of(progress.describe());
  }

  void enter() {
    RUNNING.put(Thread.currentThread(), this);
  }

  void leave() {
    RUNNING.remove(Thread.currentThread(), this);
  }

  /**
   * @param current the session that starts firing, whose firings are counted afresh; null when it
   *     stopped
   */
  void running(KieSession current) {
    this.session = current;
    if (current != null) {
      firings.clear();
      firing = null;
      lastMatched = null;
    }
  }

  /** Asks the running session to stop firing; a consequence already running is not stopped. */
  void halt() {
    KieSession current = session;
    if (current != null) {
      try {
        current.halt();
      } catch (RuntimeException e) {
        // The session ended or was disposed meanwhile: nothing to halt.
      }
    }
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    Match match = event.getMatch();
    Rule firing = match.getRule();
    Firings counted = firings.get(firing);
    if (counted == null) {
      counted = new Firings(FiringRule.idOf(firing));
      firings.put(firing, counted);
    }
    this.firing = counted;
    FiringRule.enter(counted.ruleId);
    // Release stores: the time limit's thread reads these, and a review must not pay a fence for
    // every firing.
    OUTCOME.setRelease(this, firstOutcome(match));
    RULE.setRelease(this, firing);
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firing.count++;
    if (outcome != null) {
      lastMatched = outcome;
    }
    RULE.setRelease(this, null);
    OUTCOME.setRelease(this, null);
  }

  /**
   * The first outcome among a match's facts, in the order of the rule's patterns. Walks Drools'
   * tuple rather than asking for {@link Match#getObjects()}, which copies the facts into new lists
   * at every firing.
   */
  static OutcomeInContext firstOutcome(Match match) {
    OutcomeInContext first = null;
    if (match instanceof InternalMatch internal) {
      // The tuple runs from the last pattern back to the first: the last outcome met is the first.
      for (TupleImpl tuple = internal.getTuple(); tuple != null; tuple = tuple.getParent()) {
        FactHandle handle = tuple.getFactHandle();
        if (handle != null && handle.getObject() instanceof OutcomeInContext outcome) {
          first = outcome;
        }
      }
      return first;
    }
    for (Object fact : match.getObjects()) {
      if (fact instanceof OutcomeInContext outcome) {
        return outcome;
      }
    }
    return null;
  }

  /**
   * @return the name of the rule that fired most in the current session (the first by name when
   *     several did), or "" when none fired
   */
  String busiest() {
    String busiest = "";
    int most = 0;
    for (Map.Entry<Rule, Firings> entry : firings.entrySet()) {
      String name = entry.getKey().getName();
      int count = entry.getValue().count;
      if (count > most || count == most && name.compareTo(busiest) < 0) {
        busiest = name;
        most = count;
      }
    }
    return busiest;
  }

  /**
   * @return how many times the busiest rule fired in the current session
   */
  int busiestCount() {
    return firings.values().stream().mapToInt(f -> f.count).max().orElse(0);
  }

  /**
   * @return the id of the outcome the last firing that matched one matched, as
   *     ReviewException#getOutcomeId promises; null until a rule matched an outcome
   */
  String lastMatched() {
    return lastMatched == null ? null : lastMatched.getId();
  }

  /**
   * @return the ids of the records under review, joined by ", "
   */
  String recordIds() {
    String joined = recordIds;
    if (joined == null) {
      joined = records.stream().map(ForumRecord::getId).collect(Collectors.joining(", "));
      recordIds = joined;
    }
    return joined;
  }

  /** The rule whose consequence is running, or null between firings (a condition may be). */
  String ruleName() {
    Rule running = (Rule) RULE.getAcquire(this);
    return running == null ? null : running.getName();
  }

  String outcomeId() {
    OutcomeInContext running = (OutcomeInContext) OUTCOME.getAcquire(this);
    return running == null ? null : running.getId();
  }

  /** For example {@code rule "X" on outcome o1 of record r}, or {@code a rule condition ...}. */
  String describe() {
    String rule = ruleName();
    String outcome = outcomeId();
    return (rule == null ? "a rule condition" : "rule \"" + rule + "\"")
        + (outcome == null ? "" : " on outcome " + outcome)
        + " of record "
        + recordIds();
  }
}
