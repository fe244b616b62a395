package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCommandsTest {

  @Test
  void rulesListsEveryBuiltInRule() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1 + 26);
    assertThat(run.out().lines())
        .anyMatch(
            line ->
                line.matches(
                    "CBCF-INFO-001 +MEDIUM +"
                        + "information-sharing-domestic-law-only +Information sharing qualified only by domestic law"));
  }

  @Test
  void subjectsPrintsTheWholeCatalogue() {
    CliRun run = CliRun.of("subjects");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .hasSize(1 + io.github.cbcf.model.Subjects.builtIn().size())
        .anyMatch(line -> line.matches("data\\.biometrics +Biometric data"))
        .anyMatch(
            line ->
                line.matches(
                    "justice\\.joint-operations +Joint investigations and cross-designated officers"));
  }

  @Test
  void explainPrintsRationaleAndAuthorities() {
    CliRun run = CliRun.of("explain", "cbcf-access-001");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("CBCF-ACCESS-001: Lawful access to communications content")
        .contains("may require review")
        .contains("  - US: Fourth Amendment")
        .contains("not legal advice");
  }

  @Test
  void explainSuggestsTheNearestRuleForATypo() {
    CliRun run = CliRun.of("explain", "CBCF-ACESS-001");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("unknown rule CBCF-ACESS-001")
        .contains("did you mean CBCF-ACCESS-001?");
  }

  @Test
  void validateChecksRecordsConfigurationsAndRuleFiles(@TempDir Path folder) throws IOException {
    Files.copy(Path.of(ReviewCommandTest.RECORD), folder.resolve("record.yaml"));
    Files.writeString(folder.resolve("review.yaml"), "disableRules: [CBCF-AI-001]\n");
    Files.writeString(
        folder.resolve("house.drl"),
        String.join(
            "\n",
            "package com.example;",
            "import io.github.cbcf.rules.facts.OutcomeInContext;",
            "import io.github.cbcf.rules.facts.Flag;",
            "rule \"Fentanyl\" @id(\"H-1\") @severity(\"LOW\") @rationale(\"May require review.\")",
            "when $o : OutcomeInContext( hasSubject(\"crime.fentanyl\") ) then insert(Flag.raise($o)); end",
            ""));

    CliRun run = CliRun.of("validate", folder.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("record cbcf-2024 (25 outcomes)")
        .contains("configuration (0 rules from its")
        .contains("1 rule file(s): 1 rules compiled");
  }

  @Test
  void validateChecksTheRuleIdsAConfigurationNames(@TempDir Path folder) throws IOException {
    Files.copy(Path.of(ReviewCommandTest.RECORD), folder.resolve("record.yaml"));
    Files.writeString(folder.resolve("review.yaml"), "disableRules: [CBCF-AI-01]\n");

    CliRun run = CliRun.of("validate", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("cannot disable unknown rule CBCF-AI-01");
    assertThat(run.out()).contains("record cbcf-2024");
  }

  @Test
  void validateReportsEveryBadFile(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("record.yaml"), "id: x\nforum: y\n");
    Files.writeString(folder.resolve("review.yaml"), "disableRules: CBCF-AI-001\n");
    Files.writeString(
        folder.resolve("house.drl"), "package x;\nrule \"r\" @id(\"R\") when then end\n");

    CliRun run = CliRun.of("validate", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("record.yaml")
        .contains("missing field 'date'")
        .contains("review.yaml:1")
        .contains("must be a list")
        .contains("house.drl")
        .contains("@severity");
  }

  @Test
  void versionAndHelpWork() {
    assertThat(CliRun.of("--version").out())
        .startsWith("cbcf ")
        .isEqualTo(
            "cbcf "
                + io.github.cbcf.rules.Reviewer.builtIn().getRuleSetVersion()
                + System.lineSeparator());
    assertThat(CliRun.of("--help").out())
        .contains("review")
        .contains("validate")
        .contains("explain");
  }
}
