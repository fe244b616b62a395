package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.facts.OutcomeInContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * What one review is doing right now: its session and the rule whose consequence is running, so
 * that a review stopped by its time limit, or a program ended from inside a rule, can name the
 * rule. Reviews register the thread they run on while they run.
 */
public final class RuleInProgress extends DefaultAgendaEventListener {
  private static final Map<Thread, RuleInProgress> RUNNING = new ConcurrentHashMap<>();

  private final String recordIds;
  private volatile KieSession session;
  private volatile String ruleName;
  private volatile String outcomeId;

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

  void running(KieSession current) {
    this.session = current;
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
    String outcome = null;
    for (Object fact : event.getMatch().getObjects()) {
      if (fact instanceof OutcomeInContext) {
        outcome = ((OutcomeInContext) fact).getId();
        break;
      }
    }
    outcomeId = outcome;
    ruleName = event.getMatch().getRule().getName();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    ruleName = null;
    outcomeId = null;
  }

  String recordIds() {
    return recordIds;
  }

  /** The rule whose consequence is running, or null between firings (a condition may be). */
  String ruleName() {
    return ruleName;
  }

  String outcomeId() {
    return outcomeId;
  }

  /** For example {@code rule "X" on outcome o1 of record r}, or {@code a rule condition ...}. */
  String describe() {
    String rule = ruleName;
    String outcome = outcomeId;
    return (rule == null ? "a rule condition" : "rule \"" + rule + "\"")
        + (outcome == null ? "" : " on outcome " + outcome)
        + " of record "
        + recordIds;
  }
}
