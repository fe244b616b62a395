package io.github.cbcf.examples.house;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The house rules, compiled at build time by kie-maven-plugin, used beside the built-in rules. */
class HouseRulesTest {
  private static final ForumRecord CBCF_2024 =
      RecordReader.create().read(Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml"));

  private final Reviewer reviewer = Reviewer.builder().addPrecompiledRules("house-rules").build();

  /**
   * The build-time check of the rule contract: kie-maven-plugin compiles any DRL, so this loads the
   * precompiled KieBase as a review does, and a house rule without {@code @id}, {@code @severity}
   * or {@code @rationale} fails this module's build instead of the first review.
   */
  @Test
  void everyHouseRuleKeepsTheRuleContract() {
    assertThat(Reviewer.builder().addPrecompiledRules("house-rules").build().getRules())
        .filteredOn(rule -> !rule.isBuiltIn())
        .extracting(RuleDescription::getId)
        .containsExactlyInAnyOrder("HOUSE-ESC-001", "HOUSE-DESK-001");
  }

  @Test
  void houseRulesAreInTheCatalogueAsUserRules() {
    assertThat(reviewer.findRule("HOUSE-DESK-001"))
        .get()
        .satisfies(
            rule -> {
              assertThat(rule.isBuiltIn()).isFalse();
              assertThat(rule.getConcern()).isEqualTo("house-routing");
              assertThat(rule.getAuthorities()).hasSize(2);
            });
    assertThat(reviewer.getRules())
        .filteredOn(RuleDescription::isBuiltIn)
        .hasSameSizeAs(Reviewer.builtIn().getRules());
  }

  @Test
  void escalatesAndRoutesOnThe2024Record() {
    ReviewReport report = reviewer.review(CBCF_2024);

    Finding desk = report.findingsOf("HOUSE-DESK-001").get(0);
    assertThat(desk.getOutcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.getId()).isEqualTo("le-firearms-information-sharing"));
    // "agreed to work together to combat threats undermining them" binds both parties: its LOW and
    // INFO findings rise.
    assertThat(report.getFindings())
        .filteredOn(f -> f.isOn("fi-elections-joint-work"))
        .allSatisfy(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.HIGH);
              assertThat(f.getEscalatedBy()).contains("HOUSE-ESC-001");
            });
    // The house desk rule raised its own finding on a non-binding outcome: nothing to escalate
    // there.
    assertThat(desk.getSeverity()).isEqualTo(Severity.LOW);
  }

  @Test
  void unknownKieBaseIsReportedWithTheKnownOnes() {
    RuleSetException failure =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleSetException.class,
            () -> Reviewer.builder().addPrecompiledRules("house-rulez").build());

    assertThat(failure.getMessage())
        .contains("no KieBase named house-rulez")
        .contains("house-rules");
  }
}
