package io.github.cbcf.rules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Reads the id of the rule that is firing, so that what it emits is keyed by rule id and not by
 * Drools' name.
 */
final class FiringRule {
  private FiringRule() {}

  static String idOf(RuleContext drools) {
    Object value = drools.getRule().getMetaData().get("id");
    String id = value == null ? "" : value.toString().trim();
    // Rules compiled at run time keep the quotes of @id("value"); those compiled at build time do
    // not.
    if (id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")) {
      id = id.substring(1, id.length() - 1).trim();
    }
    return id;
  }
}
