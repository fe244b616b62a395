package io.github.cbcf.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.Severity;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The catalogue refuses rules that break the metadata contract, naming the rule and what is
 * missing. The rules here are compiled at run time (once, into one KieBase with a package per case)
 * and fed to the catalogue a package at a time.
 */
class RuleCatalogueTest {
  private static final Function<Rule, String> SOURCE = rule -> rule.getPackageName() + ".drl";
  private static final String HEAD =
      "import io.github.cbcf.rules.facts.OutcomeInContext;\n"
          + "import io.github.cbcf.rules.facts.Flag;\n";
  private static final String WHEN_THEN =
      "when\n  $o : OutcomeInContext()\n" + "then\n  insert(Flag.raise($o));\nend\n";
  private static final String COMPLETE =
      "  @severity(\"LOW\")\n  @concern(\"test-concern\")\n"
          + "  @authorities(\"CA: Privacy Act, s. 8(2)(f) | US: 5 U.S.C. 552a\")\n"
          + "  @rationale(\"This may require review.\")\n";

  private static KieBase kieBase;

  @BeforeAll
  static void compile() {
    kieBase =
        compile(
            "package test.complete;\n"
                + HEAD
                + "rule \"Complete\"\n  @id(\"TEST-001\")\n"
                + COMPLETE
                + WHEN_THEN,
            "package test.missing;\n"
                + HEAD
                + "rule \"No concern or authorities\"\n  @id(\"TEST-010\")\n  @severity(\"LOW\")\n"
                + "  @rationale(\"This may require review.\")\n"
                + WHEN_THEN
                + "rule \"No id\"\n"
                + COMPLETE
                + WHEN_THEN,
            "package test.duplicate;\n"
                + HEAD
                + "rule \"First of the pair\"\n  @id(\"TEST-020\")\n"
                + COMPLETE
                + WHEN_THEN
                + "rule \"Second of the pair\"\n  @id(\"TEST-020\")\n"
                + COMPLETE
                + WHEN_THEN,
            "package test.severity;\n"
                + HEAD
                + "rule \"Urgent\"\n  @id(\"TEST-030\")\n"
                + COMPLETE.replace("LOW", "URGENT")
                + WHEN_THEN,
            "package test.authority;\n"
                + HEAD
                + "rule \"Authority without jurisdiction\"\n  @id(\"TEST-040\")\n"
                + COMPLETE.replace("CA: Privacy Act, s. 8(2)(f)", "Privacy Act")
                + WHEN_THEN,
            "package test.again;\n"
                + HEAD
                + "rule \"Again\"\n  @id(\"TEST-001\")\n"
                + COMPLETE
                + WHEN_THEN);
  }

  private static KieBase compile(String... drls) {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId = services.newReleaseId("io.github.cbcf.test", "catalogue", "1.0.0");
    files.generateAndWritePomXML(releaseId);
    for (String drl : drls) {
      String pkg = drl.substring("package ".length(), drl.indexOf(';'));
      // The source path mirrors the package, as Drools expects.
      files.write("src/main/resources/" + pkg.replace('.', '/') + "/rules.drl", drl);
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    assertThat(builder.getResults().getMessages(Message.Level.ERROR))
        .as("test DRL compiles")
        .isEmpty();
    KieBase built = services.newKieContainer(releaseId).getKieBase();
    services.getRepository().removeKieModule(releaseId);
    return built;
  }

  private static Collection<KiePackage> packages(String... names) {
    return List.of(names).stream().map(kieBase::getKiePackage).toList();
  }

  @Test
  void acceptsARuleWithEveryKeyAndReadsItsMetadata() {
    RuleCatalogue catalogue = RuleCatalogue.of(packages("test.complete"), true, SOURCE);

    assertThat(catalogue.find("TEST-001"))
        .hasValueSatisfying(
            rule -> {
              assertThat(rule.getTitle()).isEqualTo("Complete");
              assertThat(rule.getSeverity()).isEqualTo(Severity.LOW);
              assertThat(rule.getConcern()).isEqualTo("test-concern");
              assertThat(rule.getAuthorities())
                  .containsExactly(
                      Authority.of("CA", "Privacy Act, s. 8(2)(f)"),
                      Authority.of("US", "5 U.S.C. 552a"));
              assertThat(rule.getRationale()).isEqualTo("This may require review.");
              assertThat(rule.isBuiltIn()).isTrue();
            });
  }

  @Test
  void refusesABuiltInRuleMissingMetadataNamingTheRuleAndTheKeys() {
    assertThatThrownBy(() -> RuleCatalogue.of(packages("test.missing"), true, SOURCE))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e -> {
              assertThat(e.getProblems()).hasSize(2);
              assertThat(e.getMessage())
                  .contains("No concern or authorities")
                  .contains("@concern")
                  .contains("@authorities")
                  .contains("No id")
                  .contains("@id")
                  .contains("test.missing.drl");
              // Only the keys that are missing are named.
              assertThat(e.getProblems())
                  .filteredOn(
                      p -> p.getPath().equals(RuleSetException.pathOf("No concern or authorities")))
                  .singleElement()
                  .satisfies(
                      p ->
                          assertThat(p.getMessage())
                              .doesNotContain("@rationale(")
                              .doesNotContain("@severity("));
            });
  }

  @Test
  void refusesARepeatedIdNamingBothRules() {
    assertThatThrownBy(() -> RuleCatalogue.of(packages("test.duplicate"), true, SOURCE))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("TEST-020")
        .hasMessageContaining("First of the pair")
        .hasMessageContaining("Second of the pair");
  }

  @Test
  void refusesAnIdRepeatedAcrossPackages() {
    // The same id in two files is as much a repeat as in one.
    assertThatThrownBy(
            () -> RuleCatalogue.of(packages("test.complete", "test.again"), true, SOURCE))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("TEST-001")
        .hasMessageContaining("Again")
        .hasMessageContaining("Complete");
  }

  @Test
  void refusesAnUnknownSeverityListingTheAllowedOnes() {
    assertThatThrownBy(() -> RuleCatalogue.of(packages("test.severity"), true, SOURCE))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("Urgent")
        .hasMessageContaining("URGENT")
        .hasMessageContaining("HIGH, MEDIUM, LOW, INFO");
  }

  @Test
  void refusesAnAuthorityWithoutJurisdiction() {
    assertThatThrownBy(() -> RuleCatalogue.of(packages("test.authority"), true, SOURCE))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("Authority without jurisdiction")
        .hasMessageContaining("no jurisdiction");
  }

  @Test
  void reportsEveryProblemTogether() {
    assertThatThrownBy(
            () ->
                RuleCatalogue.of(
                    packages(
                        "test.complete",
                        "test.missing",
                        "test.duplicate",
                        "test.severity",
                        "test.authority"),
                    true,
                    SOURCE))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.getPath())
                    .contains(
                        RuleSetException.pathOf("No concern or authorities"),
                        RuleSetException.pathOf("No id"),
                        RuleSetException.pathOf("Second of the pair"),
                        RuleSetException.pathOf("Urgent"),
                        RuleSetException.pathOf("Authority without jurisdiction")));
  }

  @Test
  void aUsersRuleNeedsLessButStillAnIdSeverityAndRationale() {
    // The user's contract is smaller: "No concern or authorities" passes, "No id" does not.
    assertThatThrownBy(() -> RuleCatalogue.of(packages("test.missing"), false, SOURCE))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.getProblems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.getPath()).isEqualTo(RuleSetException.pathOf("No id"));
                          assertThat(p.getMessage()).contains("@id");
                        }));
  }
}
