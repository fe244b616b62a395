package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.CBCF_2024;
import static io.github.cbcf.rules.custom.SeedRecord.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.RuleSource;
import io.github.cbcf.rules.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomRulesTest {
  private static ReviewReport builtInOnly;
  private static ReviewReport withHouseRules;

  @BeforeAll
  static void review() {
    builtInOnly = Reviewer.builtIn().review(CBCF_2024);
    withHouseRules = Reviewer.builder().addRules(resource("house")).build().review(CBCF_2024);
  }

  private static Finding only(ReviewReport report, String ruleId, String outcomeId) {
    List<Finding> found =
        report.getFindings().stream()
            .filter(f -> f.getRuleId().equals(ruleId) && f.isOn(outcomeId))
            .toList();
    assertThat(found).as("%s on %s", ruleId, outcomeId).hasSize(1);
    return found.get(0);
  }

  @Test
  void escalatesBuiltInFindingsOnJointBindingOutcomes() {
    Finding before = only(builtInOnly, "CBCF-INFO-001", "le-information-sharing-direction");
    Finding after = only(withHouseRules, "CBCF-INFO-001", "le-information-sharing-direction");

    assertThat(before.getSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(before.getEscalatedBy()).isEmpty();
    assertThat(after.getSeverity()).isEqualTo(Severity.HIGH);
    assertThat(after.getDeclaredSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(after.getEscalatedBy()).contains("HOUSE-001");
  }

  @Test
  void leavesFindingsOnDeclaratoryOutcomesAlone() {
    // "noting an increase in AI-generated CSAM" binds no one, so the house rule does not escalate
    // it.
    Finding csam = only(withHouseRules, "CBCF-CSAM-001", "oc-ai-csam-noted");
    assertThat(csam.getSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(csam.getEscalatedBy()).isEmpty();
  }

  @Test
  void suppressedFindingsAreReportedNotDropped() {
    Finding ai = only(withHouseRules, "CBCF-AI-001", "oc-ai-focus");

    assertThat(ai.getStatus()).isEqualTo(FindingStatus.SUPPRESSED);
    assertThat(ai.getSuppressedBy()).contains("HOUSE-002");
    assertThat(ai.getSuppressionReason()).contains("tracked by the technology policy team");
    assertThat(only(builtInOnly, "CBCF-AI-001", "oc-ai-focus").getStatus())
        .isEqualTo(FindingStatus.RAISED);
    assertThat(withHouseRules.getFindings()).hasSize(builtInOnly.getFindings().size() + 1);
  }

  @Test
  void houseRulesRaiseFindingsOfTheirOwn() {
    Finding fentanyl = only(withHouseRules, "HOUSE-003", "le-fentanyl");

    assertThat(fentanyl.getTitle()).isEqualTo("Fentanyl for the drug-policy desk");
    assertThat(fentanyl.getConcern()).isEqualTo("custom");
    assertThat(fentanyl.getSeverity()).isEqualTo(Severity.LOW);
    assertThat(fentanyl.getOutcomes())
        .extracting(FlaggedOutcome::getText)
        .containsExactly(
            "The United States and Canada continue combating fentanyl and synthetic opioids by"
                + " disrupting illicit supply chains.");
    assertThat(builtInOnly.getCleanOutcomes()).contains("le-fentanyl");
    assertThat(withHouseRules.getCleanOutcomes()).doesNotContain("le-fentanyl");
  }

  @Test
  void catalogueListsUserRulesWithTheirFile() {
    Reviewer reviewer = Reviewer.builder().addRules(resource("house")).build();

    Optional<RuleDescription> house = reviewer.findRule("HOUSE-001");
    assertThat(house).isPresent();
    assertThat(house.get().isBuiltIn()).isFalse();
    assertThat(house.get().getFile()).endsWith("house-rules.drl");
    assertThat(reviewer.getRules()).hasSize(Reviewer.builtIn().getRules().size() + 3);
  }

  @Test
  void csvDecisionTableRaisesARowPerRule() {
    ReviewReport report = Reviewer.builder().addRules(resource("table")).build().review(CBCF_2024);

    assertThat(only(report, "HOUSE-DT-001", "le-fentanyl").getRationale())
        .contains("may require review by the drug-policy desk");
    assertThat(only(report, "HOUSE-DT-002", "le-firearms-information-sharing").getSeverity())
        .isEqualTo(Severity.LOW);
  }

  @Test
  void classpathAndTextSourcesLoadLikeFiles() {
    String drl =
        "package com.example.text;\n"
            + "import io.github.cbcf.rules.facts.OutcomeInContext;\n"
            + "import io.github.cbcf.rules.facts.Flag;\n"
            + "// Intent: every outcome of the conclusion, for the follow-up desk.\n"
            + "rule \"Conclusion follow-up\" @id(\"TEXT-001\") @severity(\"INFO\")"
            + " @rationale(\"May require review by the follow-up desk.\")\n"
            + "when $o : OutcomeInContext( section == \"conclusion\" )\n"
            + "then insert(Flag.raise($o));\nend\n";
    ReviewReport report =
        Reviewer.builder()
            .addRules(
                RuleSource.classpath("custom/house/house-rules.drl"),
                RuleSource.drl("inline.drl", drl))
            .build()
            .review(CBCF_2024);

    assertThat(report.findingsOf("TEXT-001"))
        .flatExtracting(Finding::getOutcomes)
        .extracting(FlaggedOutcome::getId)
        .containsExactly("co-continued-contact", "co-relationship-reiterated");
    assertThat(report.findingsOf("HOUSE-003")).hasSize(1);
  }
}
