package io.github.cbcf.rules.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.ExampleRecords;
import io.github.cbcf.rules.RuleSource;
import io.github.cbcf.rules.facts.OutcomeInContext;
import io.github.cbcf.rules.facts.internal.FiringRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.core.impl.InternalRuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The fast way to the built-in KieBase must give the same rules as the general one; the command
 * line's {@code ColdStartClassLoadingTest} checks that a review takes the fast way (no XStream
 * loaded).
 */
class ExecutableModelsTest {
  private static final ClassLoader LOADER = BuiltInRules.class.getClassLoader();

  @Test
  void generatedClassesGiveTheSameRulesAsTheKmoduleScan() {
    KieBase direct =
        ExecutableModels.kieBase(
                LOADER, "io.github.cbcf/cbcf-rules", "io.github.cbcf.rules.builtin")
            .orElseThrow();
    KieBase scanned =
        KieServices.get().getKieClasspathContainer(LOADER).getKieBase(BuiltInRules.KIE_BASE_NAME);

    assertThat(rulesWithMetadata(direct)).isNotEmpty().isEqualTo(rulesWithMetadata(scanned));
    // Either way the KieBase cannot change once built, so that its sessions insert facts cheaply.
    assertThat(mutability(direct)).isEqualTo(KieBaseMutabilityOption.DISABLED);
    assertThat(mutability(scanned)).isEqualTo(KieBaseMutabilityOption.DISABLED);
    assertThat(mutability(BuiltInRules.rules().kieBase()))
        .isEqualTo(KieBaseMutabilityOption.DISABLED);
  }

  private static KieBaseMutabilityOption mutability(KieBase kieBase) {
    return ((InternalRuleBase) kieBase)
        .getRuleBaseConfiguration()
        .getOption(KieBaseMutabilityOption.KEY);
  }

  @Test
  void anUnknownModuleOrPackageGivesNothing() {
    assertThat(
            ExecutableModels.kieBase(
                LOADER, "io.github.cbcf/no-such-module", "io.github.cbcf.rules.builtin"))
        .isEmpty();
    assertThat(
            ExecutableModels.kieBase(
                LOADER, "io.github.cbcf/cbcf-rules", "io.github.cbcf.rules.nothing"))
        .isEmpty();
  }

  /** A user's rule with a type of its own, whose generated class the KJAR carries. */
  private static final String USER_RULES =
      """
      package com.example.kjar;

      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      declare Seen
        outcome : String
      end

      // Intent: record each outcome on fentanyl in a declared fact, then flag it.
      rule "Note fentanyl outcomes"
        @id("KJAR-001")
        @severity("LOW")
        @rationale("May require review.")
      when
        $o : OutcomeInContext( hasSubject("crime.fentanyl") )
      then
        insert(new Seen($o.getId()));
        insert(Flag.raise($o));
      end
      """;

  @Test
  void aCachedKjarGivesTheRulesOfTheBuildThatMadeItAndTheyFire(@TempDir Path folder)
      throws Exception {
    List<RuleSource> sources = List.of(RuleSource.drl("kjar.drl", USER_RULES));
    RuleCache cache = RuleCache.in(folder);
    CompiledRules compiled = RuleCompiler.compile(sources, cache);
    byte[] kjar = cache.load(RuleCache.key(sources)).orElseThrow();

    KieBase direct = ExecutableModels.kieBaseOfKjar(kjar, LOADER).orElseThrow();
    assertThat(mutability(compiled.kieBase())).isEqualTo(KieBaseMutabilityOption.DISABLED);
    assertThat(mutability(direct)).isEqualTo(KieBaseMutabilityOption.DISABLED);

    assertThat(rulesWithMetadata(direct))
        .containsKey("com.example.kjar.Note fentanyl outcomes")
        .isEqualTo(rulesWithMetadata(compiled.kieBase()));
    assertThat(firings(direct)).isEqualTo(firings(compiled.kieBase())).isPositive();
  }

  @Test
  void bytesThatAreNoKjarGiveNothing() throws Exception {
    assertThat(ExecutableModels.kieBaseOfKjar("not a jar".getBytes(UTF_8), LOADER)).isEmpty();
    assertThat(ExecutableModels.kieBaseOfKjar(new byte[0], LOADER)).isEmpty();
  }

  private static int firings(KieBase kieBase) {
    KieSession session = kieBase.newKieSession();
    // The listener tells Flag.raise which rule fires.
    session.addEventListener(new RuleInProgress(List.of(ExampleRecords.cbcf2024())));
    try {
      OutcomeInContext.allOf(ExampleRecords.cbcf2024()).forEach(session::insert);
      return session.fireAllRules(1_000);
    } finally {
      FiringRule.leave();
      session.dispose();
    }
  }

  private static Map<String, String> rulesWithMetadata(KieBase kieBase) {
    Map<String, String> rules = new TreeMap<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        rules.put(
            kiePackage.getName() + "." + rule.getName(),
            new TreeMap<>(rule.getMetaData()).toString());
      }
    }
    return rules;
  }
}
