package io.github.cbcf.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

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
