package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.rules.facts.AppliedQualifier;
import io.github.cbcf.rules.facts.QualifierScope;
import org.immutables.value.Value;

/** A qualifier that applied to a finding's outcomes, and whether it was stated on the outcome, section or statement. */
@Value.Immutable
@JsonSerialize(as = ImmutableFindingQualifier.class)
@JsonDeserialize(as = ImmutableFindingQualifier.class)
public interface FindingQualifier {
  /** @return the qualifier's kind */
  QualifierKind getKind();

  /** @return the qualifier's words */
  String getText();

  /** @return where it was stated */
  QualifierScope getScope();

  /**
   * @return true when the record gives no location for the qualifier's words: such a qualifier lowers or removes
   *     no finding, and reports show it as an "unverified safeguard"
   */
  @Value.Default
  default boolean isUnverified() {
    return false;
  }

  /**
   * @param applied a qualifier as a rule saw it
   * @return the same, as reported
   */
  static FindingQualifier of(AppliedQualifier applied) {
    return ImmutableFindingQualifier.builder().kind(applied.getKind()).text(applied.getText())
        .scope(applied.getScope()).unverified(!applied.isLocated()).build();
  }
}
