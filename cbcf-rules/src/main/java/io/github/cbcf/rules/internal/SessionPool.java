package io.github.cbcf.rules.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Reuses rule sessions between reviews. A session taken with {@link #open} is returned by {@code
 * dispose()}, which resets it first (facts, agenda, node memories, listeners and fact-handle
 * counters), so no review sees what an earlier one left. Safe for concurrent reviews: each caller
 * gets a session of its own, and the pool grows to the largest number used at once.
 *
 * <p>Each pool belongs to its {@link CompiledRules}, because a KieBase keeps a reference to every
 * pooled session until the pool is shut down: the built-in rules' pool lives as long as they do,
 * and a user's rules' pool goes with them and their reviewer.
 */
public final class SessionPool {
  /**
   * Set to {@code false} to give every review new sessions, as before pooling (for comparisons in
   * cbcf-benchmarks); read when a reviewer is built.
   */
  public static final String POOL_PROPERTY = "cbcf.rules.poolSessions";

  private static final SessionPool NONE = new SessionPool(List.of());

  private final Map<KieBase, KieSessionsPool> pools = new IdentityHashMap<>();

  /**
   * @param ruleSets the rule sets whose sessions to reuse
   */
  public SessionPool(List<CompiledRules> ruleSets) {
    if ("false".equals(System.getProperty(POOL_PROPERTY))) {
      return;
    }
    for (CompiledRules rules : ruleSets) {
      pools.put(rules.kieBase(), rules.sessions());
    }
  }

  /**
   * @return a pool that reuses nothing: every session is new
   */
  public static SessionPool none() {
    return NONE;
  }

  /**
   * @param kieBase the rules
   * @return a session over them, pooled when this pool knows them; dispose it when done
   */
  public KieSession open(KieBase kieBase) {
    KieSessionsPool pool = pools.get(kieBase);
    return pool == null ? kieBase.newKieSession() : pool.newKieSession();
  }
}
