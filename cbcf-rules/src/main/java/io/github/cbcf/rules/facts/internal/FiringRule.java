package io.github.cbcf.rules.facts.internal;

import org.kie.api.definition.rule.Rule;

/**
 * Knows which rule's consequence is running on this thread, so that the facts a rule emits are
 * keyed by its {@code @id} without the rule passing Drools' context to them. The engine's one
 * listener calls {@link #enter(String)} before every firing and {@link #leave()} when a session
 * stops firing.
 */
public final class FiringRule {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private FiringRule() {}

  /**
   * Records the rule about to fire, on the thread that runs its consequence.
   *
   * @param ruleId the rule's id, as {@link #idOf} reads it
   */
  public static void enter(String ruleId) {
    CURRENT.set(ruleId);
  }

  /**
   * @return the id of the rule whose consequence is running on this thread
   * @throws IllegalStateException when no rule is firing here
   */
  public static String id() {
    String id = CURRENT.get();
    if (id == null) {
      throw new IllegalStateException(
          "Flag.raise, Escalation.to and Suppression.of are called from a rule's consequence;"
              + " outside a rule, use Flag.of(ruleId, outcomes)");
    }
    return id;
  }

  /** Forgets the firing rule, once a session has stopped firing (also after a failure). */
  public static void leave() {
    CURRENT.remove();
  }

  /**
   * @param rule a rule
   * @return its {@code @id}, trimmed and without quotes, or "" when it has none
   */
  public static String idOf(Rule rule) {
    Object value = rule.getMetaData().get("id");
    String id = value == null ? "" : value.toString().trim();
    // Rules compiled at run time keep the quotes of @id("value"); those compiled at build time do
    // not.
    if (id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")) {
      id = id.substring(1, id.length() - 1).trim();
    }
    return id;
  }
}
