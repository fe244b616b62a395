package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One firing of a rule in the plain-Java baseline: the rule's id, the record and the outcomes it
 * matched, in the order the rule matched them.
 *
 * @param ruleId the id the DRL rule declares in {@code @id}
 * @param record the record the outcomes belong to
 * @param outcomes the outcomes matched; at least one
 */
public record RuleMatch(String ruleId, ForumRecord record, List<Outcome> outcomes) {
  /**
   * The key the differential test compares: rule id, record id and the outcome ids, sorted, so that
   * the order in which an engine happens to collect outcomes does not matter.
   *
   * @return {@code RULE-ID record-id o1,o2}
   */
  public String key() {
    return key(ruleId, record.getId(), outcomes.stream().map(Outcome::getId).toList());
  }

  /**
   * Builds a key from its parts, for findings of the engine.
   *
   * @param ruleId the rule id
   * @param recordId the record id
   * @param outcomeIds the outcome ids, in any order
   * @return the key, as {@link #key()} gives it
   */
  public static String key(String ruleId, String recordId, List<String> outcomeIds) {
    return ruleId
        + " "
        + recordId
        + " "
        + outcomeIds.stream().sorted().collect(Collectors.joining(","));
  }
}
