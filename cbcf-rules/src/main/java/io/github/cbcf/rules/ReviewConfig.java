package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reviewer's configuration file, in YAML or JSON, read with {@link ReviewConfigReader} and
 * applied with {@link Reviewer.Builder#configure(java.nio.file.Path)}:
 *
 * <pre>
 * rules: [house-rules/]          # rule files or folders, relative to this file
 * disableRules: [CBCF-AI-001]
 * disableConcerns: [elder-fraud]
 * severityOverrides:
 *   - rule: CBCF-SEC-001
 *     severity: MEDIUM
 * firingsPerOutcome: 200
 * lexicons: [house.lexicon]      # lexicon files for imported statements, relative to this file
 * </pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewConfig.class)
@JsonDeserialize(as = ImmutableReviewConfig.class)
public interface ReviewConfig {
  /**
   * @return rule files or folders to load, relative to the configuration file
   */
  List<String> getRules();

  /**
   * @return ids of rules to switch off
   */
  List<String> getDisableRules();

  /**
   * @return concerns whose rules to switch off
   */
  List<String> getDisableConcerns();

  /**
   * @return severities to report instead of those the rules declare
   */
  List<SeverityOverride> getSeverityOverrides();

  /**
   * @return lexicon files, relative to the configuration file, that the import of a statement adds
   *     to the built-in lexicon of its language (read by the program, not by {@link Reviewer})
   */
  List<String> getLexicons();

  /**
   * @return the limit on rule firings per outcome, if not the default
   */
  Optional<Integer> getFiringsPerOutcome();

  /** A severity to report for one rule's findings. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSeverityOverride.class)
  @JsonDeserialize(as = ImmutableSeverityOverride.class)
  interface SeverityOverride {
    /**
     * @return the rule id
     */
    String getRule();

    /**
     * @return the severity to report
     */
    Severity getSeverity();
  }
}
