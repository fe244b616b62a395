package io.github.cbcf.rules.internal;

import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata values as text, the same whether the rule was compiled at build time or
 * at run time.
 */
public final class RuleMetadata {
  private RuleMetadata() {}

  /**
   * Reads one metadata value.
   *
   * @param rule the rule
   * @param key the metadata key, for example {@code id}
   * @return the value without surrounding quotes and blanks, or an empty string when the rule has
   *     none
   */
  public static String text(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    if (value == null) {
      return "";
    }
    String text = value.toString().trim();
    // Rules compiled at run time keep the quotes of @key("value"); those compiled at build time do
    // not.
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text;
  }
}
