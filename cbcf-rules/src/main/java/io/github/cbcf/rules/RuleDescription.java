package io.github.cbcf.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A rule as its metadata describes it: what the catalogue lists and what {@code explain} prints.
 * Read from the rule itself, never repeated in Java.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleDescription.class)
@JsonDeserialize(as = ImmutableRuleDescription.class)
public interface RuleDescription {
  /**
   * @return the stable id, for example {@code CBCF-INFO-001}
   */
  String getId();

  /**
   * @return the rule's name, used as the finding's title
   */
  String getTitle();

  /**
   * @return the concern, in kebab case, as the rule file is named
   */
  String getConcern();

  /**
   * @return the severity the rule declares, before any override
   */
  Severity getSeverity();

  /**
   * @return the authorities a reviewer may check
   */
  List<Authority> getAuthorities();

  /**
   * @return what may require review and why
   */
  String getRationale();

  /**
   * @return the Drools package that holds the rule
   */
  String getPackageName();

  /**
   * @return true for a rule shipped with cbcf, false for a user's own
   */
  boolean isBuiltIn();

  /**
   * @return the file or resource the rule was read from
   */
  String getFile();

  /**
   * @return true when the rule declares {@code @retrospective("lower")}: its findings on outcomes
   *     that only look back are reported one severity lower
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean isLoweredWhenRetrospective() {
    return false;
  }
}
