package io.github.cbcf.rules.facts;

import io.github.cbcf.rules.Severity;
import io.github.cbcf.rules.facts.internal.FiringRule;
import java.util.Objects;

/**
 * What a user's rule emits to raise the severity of a finding another rule flagged. The finding is
 * reported at the higher severity, naming the escalating rule; an escalation never lowers a
 * severity.
 *
 * <pre>{@code then insert(Escalation.to($flag, Severity.HIGH)); }</pre>
 */
public final class Escalation {
  private final Flag flag;
  private final Severity severity;
  private final String ruleId;

  private Escalation(Flag flag, Severity severity, String ruleId) {
    this.flag = Objects.requireNonNull(flag, "flag");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.ruleId = ruleId;
  }

  /**
   * Escalates a flag.
   *
   * @param flag the flag to escalate
   * @param severity the severity to report it at, if higher than its own
   * @return the escalation, to insert
   */
  public static Escalation to(Flag flag, Severity severity) {
    return new Escalation(flag, severity, FiringRule.id());
  }

  /**
   * @return the flag escalated
   */
  public Flag getFlag() {
    return flag;
  }

  /**
   * @return the severity asked for
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * @return the id of the rule that escalated
   */
  public String getRuleId() {
    return ruleId;
  }
}
