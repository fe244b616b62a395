package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.facts.Escalation;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.Suppression;
import java.util.List;

/**
 * What rules emitted over a batch of records, in emission order.
 *
 * @param flags the findings raised
 * @param escalations raised severities
 * @param suppressions suppressed flags, with reasons
 */
public record Emitted(
    List<Flag> flags, List<Escalation> escalations, List<Suppression> suppressions) {
  /**
   * @param flags flags raised outside a rule session
   * @return them, with no escalation or suppression
   */
  public static Emitted flagsOnly(List<Flag> flags) {
    return new Emitted(flags, List.of(), List.of());
  }
}
