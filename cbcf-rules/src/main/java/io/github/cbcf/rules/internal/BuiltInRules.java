package io.github.cbcf.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Loads the built-in rules, precompiled into Drools' executable model when cbcf is built: every {@code .drl} file
 * under {@code io/github/cbcf/rules/builtin/} is in the KieBase that {@code META-INF/kmodule.xml} declares. Loaded
 * once per class loader, on first use.
 */
public final class BuiltInRules {
  /** Name of the KieBase that holds the built-in rules, as declared in {@code META-INF/kmodule.xml}. */
  public static final String KIE_BASE_NAME = "cbcf-builtin";
  /** Where the built-in rule files are, one per concern, named after it. */
  public static final String FOLDER = "io/github/cbcf/rules/builtin/";

  private BuiltInRules() {}

  /** @return the built-in rules and their checked descriptions */
  public static CompiledRules rules() {
    return Loaded.RULES;
  }

  /** @return the version of the built-in rule set, without loading the rules */
  public static String version() {
    return Version.VALUE;
  }

  private static final class Loaded {
    static final CompiledRules RULES = load();

    private static CompiledRules load() {
      KieBase kieBase = KieServices.get().getKieClasspathContainer(BuiltInRules.class.getClassLoader())
          .getKieBase(KIE_BASE_NAME);
      return new CompiledRules(kieBase, RuleCatalogue.of(kieBase.getKiePackages(), true,
          rule -> FOLDER + RuleMetadata.text(rule, "concern") + ".drl"));
    }
  }

  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      Properties properties = new Properties();
      try (InputStream in = BuiltInRules.class.getResourceAsStream("/io/github/cbcf/rules/rule-set.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rule-set version", e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
