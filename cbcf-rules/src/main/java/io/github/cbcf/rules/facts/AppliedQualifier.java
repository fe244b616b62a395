package io.github.cbcf.rules.facts;

import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.rules.QualifierScope;
import java.util.Objects;

/** A qualifier that applies to an outcome, with where it was stated. */
public final class AppliedQualifier {
  private final Qualifier qualifier;
  private final QualifierScope scope;

  /**
   * Creates an applied qualifier.
   *
   * @param qualifier the qualifier
   * @param scope where it was stated
   */
  public AppliedQualifier(Qualifier qualifier, QualifierScope scope) {
    this.qualifier = Objects.requireNonNull(qualifier);
    this.scope = Objects.requireNonNull(scope);
  }

  /**
   * @return the qualifier as the record states it
   */
  public Qualifier getQualifier() {
    return qualifier;
  }

  /**
   * @return where it was stated
   */
  public QualifierScope getScope() {
    return scope;
  }

  /**
   * @return true when the record points at the qualifier's words in the source
   */
  public boolean isLocated() {
    return qualifier.getLocation().isPresent();
  }

  /**
   * @return the qualifier's kind
   */
  public QualifierKind getKind() {
    return qualifier.getKind();
  }

  /**
   * @return the qualifier's words
   */
  public String getText() {
    return qualifier.getText();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AppliedQualifier
        && ((AppliedQualifier) other).qualifier.equals(qualifier)
        && ((AppliedQualifier) other).scope == scope;
  }

  @Override
  public int hashCode() {
    return Objects.hash(qualifier, scope);
  }

  @Override
  public String toString() {
    return scope + ":" + qualifier.getKind() + " \"" + qualifier.getText() + "\"";
  }
}
