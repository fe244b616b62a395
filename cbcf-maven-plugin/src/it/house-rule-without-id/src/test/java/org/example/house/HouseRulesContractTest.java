package org.example.house;

import io.github.cbcf.rules.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * Loads the precompiled house rules as a review would: a rule that breaks the contract fails here.
 */
class HouseRulesContractTest {
  @Test
  void everyHouseRuleKeepsTheRuleContract() {
    Reviewer.builder().addPrecompiledRules("house-rules").build();
  }
}
