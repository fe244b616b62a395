package io.github.cbcf.rules.facts;

import io.github.cbcf.rules.facts.internal.FiringRule;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a rule emits: the rule that matched and the outcomes it matched on. The engine turns each
 * flag into a finding, reading the rule's metadata (id, severity, concern, authorities, rationale)
 * from the rule itself. A rule's consequence is {@code insert(Flag.raise($outcome));} and nothing
 * else.
 */
public final class Flag {
  private final String ruleId;
  private final String recordId;
  private final List<OutcomeInContext> outcomes;

  private Flag(String ruleId, List<OutcomeInContext> outcomes) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.outcomes = List.copyOf(outcomes);
    this.recordId = this.outcomes.get(0).getRecordId();
  }

  /**
   * Raises a flag for the rule that is firing, on the outcomes it matched.
   *
   * @param outcomes the outcomes the finding rests on; at least one, all of one record
   * @return the flag, to insert
   */
  public static Flag raise(OutcomeInContext... outcomes) {
    return raise(Arrays.asList(outcomes));
  }

  /**
   * Raises a flag for the rule that is firing, on the outcomes it matched (for rules that collect
   * them).
   *
   * @param outcomes the outcomes the finding rests on; at least one, all of one record
   * @return the flag, to insert
   */
  public static Flag raise(List<OutcomeInContext> outcomes) {
    String ruleId = FiringRule.id();
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + " raised a flag on no outcome");
    }
    return new Flag(ruleId, outcomes);
  }

  /**
   * A flag raised outside a rule session, by code that matches in plain Java (the benchmarks'
   * baseline).
   *
   * @param ruleId the id of the rule the flag stands for
   * @param outcomes the outcomes the finding rests on; at least one, all of one record
   * @return the flag
   */
  public static Flag of(String ruleId, List<OutcomeInContext> outcomes) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + " raised a flag on no outcome");
    }
    return new Flag(ruleId, outcomes);
  }

  /**
   * @return the rule's id, from its {@code @id} metadata
   */
  public String getRuleId() {
    return ruleId;
  }

  /**
   * @return the record the flagged outcomes belong to
   */
  public String getRecordId() {
    return recordId;
  }

  /**
   * @return the outcomes the flag rests on
   */
  public List<OutcomeInContext> getOutcomes() {
    return outcomes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Flag
        && ((Flag) other).ruleId.equals(ruleId)
        && ((Flag) other).outcomes.equals(outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, outcomes);
  }

  @Override
  public String toString() {
    return ruleId + " on " + outcomes;
  }
}
