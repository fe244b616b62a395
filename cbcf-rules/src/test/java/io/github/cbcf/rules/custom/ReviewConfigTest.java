package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.CBCF_2024;
import static io.github.cbcf.rules.custom.SeedRecord.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewConfigTest {

  @Test
  void configurationSwitchesRulesOffOverridesSeverityAndLoadsRulesBesideIt(@TempDir Path folder)
      throws IOException {
    Files.createDirectory(folder.resolve("house"));
    Files.copy(resource("house/house-rules.drl"), folder.resolve("house/house-rules.drl"));
    Path config =
        Files.writeString(
            folder.resolve("review.yaml"),
            String.join(
                "\n",
                "rules: [house]",
                "disableRules: [CBCF-SEC-001]",
                "disableConcerns: [elder-fraud]",
                "severityOverrides:",
                "  - rule: CBCF-INST-001",
                "    severity: HIGH",
                "firingsPerOutcome: 50",
                ""));

    ReviewReport report = Reviewer.builder().configure(config).build().review(CBCF_2024);

    assertThat(report.findingsOf("CBCF-SEC-001")).isEmpty();
    assertThat(report.findingsOf("CBCF-FRAUD-001")).isEmpty();
    assertThat(report.findingsOf("CBCF-INST-001"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.HIGH);
    assertThat(report.findingsOf("HOUSE-003")).hasSize(1);
    assertThat(Reviewer.builtIn().review(CBCF_2024).findingsOf("CBCF-SEC-001")).hasSize(1);
  }

  @Test
  void badConfigurationNamesLineAndSuggestsTheField(@TempDir Path folder) throws IOException {
    Path config =
        Files.writeString(
            folder.resolve("review.yaml"),
            "disableRule: [CBCF-SEC-001]\n"
                + "severityOverrides:\n  - rule: CBCF-INST-001\n    severity: URGENT\n");

    InvalidRecordException failure =
        catchThrowableOfType(
            InvalidRecordException.class, () -> Reviewer.builder().configure(config));

    assertThat(failure.getMessage())
        .contains("review.yaml:1:1")
        .contains("did you mean 'disableRules'")
        .contains("review.yaml:4")
        .contains("URGENT")
        .contains("HIGH, MEDIUM, LOW, INFO");
  }

  @Test
  void configurationNamingUnknownRulesIsRefused(@TempDir Path folder) throws IOException {
    Path config =
        Files.writeString(
            folder.resolve("review.yaml"),
            "disableRules: [CBCF-SECC-001]\ndisableConcerns: [astrology]\n");

    RuleSetException failure =
        catchThrowableOfType(
            RuleSetException.class, () -> Reviewer.builder().configure(config).build());

    assertThat(failure.getProblems()).hasSize(2);
    assertThat(failure.getMessage())
        .contains("unknown rule CBCF-SECC-001")
        .contains("unknown concern astrology");
  }
}
