package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.internal.FiringRule;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * What one review is doing right now: its session and the rule whose consequence is running, so
 * that a review stopped by its time limit, or a program ended from inside a rule, can name the
 * rule. Reviews register the thread they run on while they run. It is the one listener on a
 * review's sessions: it also tells {@link FiringRule} which rule fires and counts firings per rule
 * so that a rule that loops can be named, looking at each match's facts once.
 */
public final class RuleInProgress extends DefaultAgendaEventListener {
  private static final Map<Thread, RuleInProgress> RUNNING = new ConcurrentHashMap<>();

  private final String recordIds;
  private volatile KieSession session;
  private volatile Rule rule;
  private volatile OutcomeInContext outcome;
  private final Map<Rule, int[]> firings = new IdentityHashMap<>();
  private OutcomeInContext lastMatched;

  RuleInProgress(String recordIds) {
    this.recordIds = recordIds;
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
    Rule firing = event.getMatch().getRule();
    FiringRule.enter(firing);
    OutcomeInContext matched = null;
    for (Object fact : event.getMatch().getObjects()) {
      if (fact instanceof OutcomeInContext) {
        matched = (OutcomeInContext) fact;
        break;
      }
    }
    outcome = matched;
    rule = firing;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firings.computeIfAbsent(event.getMatch().getRule(), r -> new int[1])[0]++;
    if (outcome != null) {
      lastMatched = outcome;
    }
    rule = null;
    outcome = null;
  }

  /**
   * @return the name of the rule that fired most in the current session (the first by name when
   *     several did), or "" when none fired
   */
  String busiest() {
    String busiest = "";
    int most = 0;
    for (Map.Entry<Rule, int[]> entry : firings.entrySet()) {
      String name = entry.getKey().getName();
      int count = entry.getValue()[0];
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
    return firings.values().stream().mapToInt(c -> c[0]).max().orElse(0);
  }

  /**
   * @return the id of the outcome the last firing that matched one matched, as
   *     ReviewException#getOutcomeId promises; null until a rule matched an outcome
   */
  String lastMatched() {
    return lastMatched == null ? null : lastMatched.getId();
  }

  String recordIds() {
    return recordIds;
  }

  /** The rule whose consequence is running, or null between firings (a condition may be). */
  String ruleName() {
    Rule running = rule;
    return running == null ? null : running.getName();
  }

  String outcomeId() {
    OutcomeInContext running = outcome;
    return running == null ? null : running.getId();
  }

  /** For example {@code rule "X" on outcome o1 of record r}, or {@code a rule condition ...}. */
  String describe() {
    String rule = ruleName();
    String outcome = outcomeId();
    return (rule == null ? "a rule condition" : "rule \"" + rule + "\"")
        + (outcome == null ? "" : " on outcome " + outcome)
        + " of record "
        + recordIds;
  }
}
