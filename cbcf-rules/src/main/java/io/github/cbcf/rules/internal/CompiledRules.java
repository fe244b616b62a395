package io.github.cbcf.rules.internal;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Compiled rules and their checked descriptions.
 *
 * @param kieBase the rules, ready for sessions
 * @param catalogue their descriptions, by rule id
 * @param sessions reusable sessions over {@code kieBase}, as many as were ever used at once
 */
public record CompiledRules(KieBase kieBase, RuleCatalogue catalogue, KieSessionsPool sessions) {
  /**
   * @param kieBase the rules, ready for sessions
   * @param catalogue their descriptions, by rule id
   */
  public CompiledRules(KieBase kieBase, RuleCatalogue catalogue) {
    // No session is made until a review needs one.
    this(kieBase, catalogue, kieBase.newKieSessionsPool(0));
  }
}
