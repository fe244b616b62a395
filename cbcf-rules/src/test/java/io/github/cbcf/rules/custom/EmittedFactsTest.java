package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.CBCF_2024;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user's rules leave in the session is what they emitted: a flag they insert and then
 * delete, or that Drools retracts once its logical condition fails, is not reported, and a given
 * fact they insert again is not taken for a flag.
 */
class EmittedFactsTest {
  private static final String OUTCOME = "le-information-sharing-direction";

  private static final String RULES =
      """
      package com.example.emitted;

      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      // Intent: a flag that stays.
      rule "Kept"
        @id("EMIT-KEPT-001")
        @severity("LOW")
        @rationale("May require review.")
        salience 30
      when
        $o : OutcomeInContext( id == "%1$s" )
      then
        insert(Flag.raise($o));
      end

      // Intent: a flag inserted, then deleted by the rule below.
      rule "Deleted"
        @id("EMIT-DELETED-001")
        @severity("LOW")
        @rationale("May require review.")
        salience 20
      when
        $o : OutcomeInContext( id == "%1$s" )
      then
        insert(Flag.raise($o));
      end

      rule "Deletes"
        @id("EMIT-DELETES-001")
        @severity("LOW")
        @rationale("May require review.")
        salience 10
      when
        $f : Flag( ruleId == "EMIT-DELETED-001" )
      then
        delete($f);
      end

      // Intent: a flag held only while no flag of EMIT-BLOCKER-001 exists; that one comes later.
      rule "Logical"
        @id("EMIT-LOGICAL-001")
        @severity("LOW")
        @rationale("May require review.")
        salience 5
      when
        $o : OutcomeInContext( id == "%1$s" )
        not Flag( ruleId == "EMIT-BLOCKER-001" )
      then
        insertLogical(Flag.raise($o));
      end

      rule "Blocker"
        @id("EMIT-BLOCKER-001")
        @severity("LOW")
        @rationale("May require review.")
        salience 1
      when
        $o : OutcomeInContext( id == "%1$s" )
      then
        insert(Flag.raise($o));
      end

      // Intent: inserting a given fact again adds nothing.
      rule "Inserts a given fact again"
        @id("EMIT-AGAIN-001")
        @severity("LOW")
        @rationale("May require review.")
      when
        $o : OutcomeInContext( id == "%1$s" )
      then
        insert($o);
      end
      """
          .formatted(OUTCOME);

  private static List<String> ruleIdsOn(ReviewReport report) {
    return report.getFindings().stream()
        .filter(f -> f.isOn(OUTCOME))
        .map(Finding::getRuleId)
        .filter(id -> id.startsWith("EMIT-"))
        .sorted()
        .toList();
  }

  @Test
  void onlyWhatTheRulesLeaveInTheSessionIsReported() {
    Reviewer reviewer = Reviewer.builder().addRules(RuleSource.drl("emitted.drl", RULES)).build();

    ReviewReport report = reviewer.review(CBCF_2024);

    assertThat(ruleIdsOn(report)).containsExactly("EMIT-BLOCKER-001", "EMIT-KEPT-001");
    // The built-in findings are all there, and no given fact came back as a finding.
    ReviewReport builtIn = Reviewer.builtIn().review(CBCF_2024);
    assertThat(
            report.getFindings().stream().filter(f -> !f.getRuleId().startsWith("EMIT-")).toList())
        .isEqualTo(builtIn.getFindings());
    // A pooled session gives the same on the next review.
    assertThat(reviewer.review(CBCF_2024)).isEqualTo(report);
  }
}
