package io.github.cbcf.rules.facts;

import io.github.cbcf.rules.facts.internal.FiringRule;
import java.util.Objects;

/**
 * What a user's rule emits to suppress a finding another rule flagged, with the reason. A
 * suppressed finding is still reported, marked suppressed with the rule and the reason: it is never
 * dropped.
 *
 * <pre>
 * {@code then insert(Suppression.of($flag, "cleared by the 2023 privacy assessment")); }
 * </pre>
 */
public final class Suppression {
  private final Flag flag;
  private final String reason;
  private final String ruleId;

  private Suppression(Flag flag, String reason, String ruleId) {
    this.flag = Objects.requireNonNull(flag, "flag");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.ruleId = ruleId;
  }

  /**
   * Suppresses a flag.
   *
   * @param flag the flag to suppress
   * @param reason why, for the report
   * @return the suppression, to insert
   */
  public static Suppression of(Flag flag, String reason) {
    return new Suppression(flag, reason, FiringRule.id());
  }

  /**
   * @return the flag suppressed
   */
  public Flag getFlag() {
    return flag;
  }

  /**
   * @return why it was suppressed
   */
  public String getReason() {
    return reason;
  }

  /**
   * @return the id of the rule that suppressed it
   */
  public String getRuleId() {
    return ruleId;
  }
}
