package io.github.cbcf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticRulesTest {
  @Test
  void upToTheMaximumEveryRuleHasItsOwnIdAndConditions() {
    List<SyntheticRules.Rule> rules = SyntheticRules.of(SyntheticRules.MAX);

    Set<List<Object>> conditions = new HashSet<>();
    rules.forEach(r -> conditions.add(List.of(r.kind(), r.subject(), r.owner())));
    assertThat(conditions).hasSize(SyntheticRules.MAX);
    assertThat(rules).extracting(SyntheticRules.Rule::id).doesNotHaveDuplicates();
    assertThat(SyntheticRules.MAX).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void smallSetsAlreadyHoldEveryOwnerVariant() {
    assertThat(SyntheticRules.of(3))
        .extracting(SyntheticRules.Rule::owner)
        .containsExactlyInAnyOrder(SyntheticRules.Owner.values());
  }

  @Test
  void refusesMoreRulesThanItCanMakeDistinct() {
    assertThatThrownBy(() -> SyntheticRules.of(SyntheticRules.MAX + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDrlHoldsEachRuleWithItsMetadataAndConditions() {
    List<SyntheticRules.Rule> rules = SyntheticRules.of(25);

    String drl = SyntheticRules.text(rules);

    assertThat(drl).startsWith("package " + SyntheticRules.PACKAGE + ";");
    assertThat(drl.split("\nrule \"", -1)).hasSize(26);
    assertThat(drl)
        .contains(
            "@id(\"BENCH-0001\")",
            "@id(\"BENCH-0025\")",
            "kind == OutcomeKind.AGREED",
            "hasSubject(\"" + rules.get(0).subject() + "\")",
            ", hasOwner()",
            ", !hasOwner()");
    assertThat(SyntheticRules.drl(rules).getName()).isEqualTo("synthetic-25.drl");
  }
}
