package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.model.QualifierKind;
import org.immutables.value.Value;

/**
 * A qualifier that applied to a finding's outcomes, and whether it was stated on the outcome,
 * section or statement.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFindingQualifier.class)
@JsonDeserialize(as = ImmutableFindingQualifier.class)
public interface FindingQualifier {
  /**
   * @return the qualifier's kind
   */
  QualifierKind getKind();

  /**
   * @return the qualifier's words
   */
  String getText();

  /**
   * @return where it was stated
   */
  QualifierScope getScope();

  /**
   * @return true when the record gives no location for the qualifier's words: such a qualifier
   *     lowers or removes no finding, and reports show it as an "unverified safeguard"
   */
  @Value.Default
  default boolean isUnverified() {
    return false;
  }

  /**
   * @param kind the qualifier's kind
   * @param text its words
   * @param scope where it was stated
   * @return the qualifier, as reported
   */
  static FindingQualifier of(QualifierKind kind, String text, QualifierScope scope) {
    return of(kind, text, scope, false);
  }

  /**
   * @param kind the qualifier's kind
   * @param text its words
   * @param scope where it was stated
   * @param unverified true when the record gives no location for its words
   * @return the qualifier, as reported
   */
  static FindingQualifier of(
      QualifierKind kind, String text, QualifierScope scope, boolean unverified) {
    return ImmutableFindingQualifier.builder()
        .kind(kind)
        .text(text)
        .scope(scope)
        .unverified(unverified)
        .build();
  }
}
