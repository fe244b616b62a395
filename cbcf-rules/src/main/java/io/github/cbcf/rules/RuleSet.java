package io.github.cbcf.rules;

import org.kie.api.KieBase;

/** Compiled rules and their checked descriptions. */
record RuleSet(KieBase kieBase, RuleCatalogue catalogue) {}
