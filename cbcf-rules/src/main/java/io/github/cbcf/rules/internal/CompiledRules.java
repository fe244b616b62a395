package io.github.cbcf.rules.internal;

import org.kie.api.KieBase;

/**
 * Compiled rules and their checked descriptions.
 *
 * @param kieBase the rules, ready for sessions
 * @param catalogue their descriptions, by rule id
 */
public record CompiledRules(KieBase kieBase, RuleCatalogue catalogue) {}
