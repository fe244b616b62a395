package io.github.cbcf.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Loads the built-in rules, precompiled into Drools' executable model when cbcf is built: every
 * {@code .drl} file under {@code io/github/cbcf/rules/builtin/} is in the KieBase that {@code
 * META-INF/kmodule.xml} declares. The KieBase is built straight from the generated model classes,
 * which starts faster than scanning {@code kmodule.xml}. Loaded once per class loader, on first
 * use.
 */
public final class BuiltInRules {
  /**
   * Name of the KieBase that holds the built-in rules, as declared in {@code META-INF/kmodule.xml}.
   */
  public static final String KIE_BASE_NAME = "cbcf-builtin";

  /** Where the built-in rule files are, one per concern, named after it. */
  public static final String FOLDER = "io/github/cbcf/rules/builtin/";

  private static final String MODULE = "io.github.cbcf/cbcf-rules";
  private static final String PACKAGE = "io.github.cbcf.rules.builtin";

  private BuiltInRules() {}

  /**
   * @return the built-in rules and their checked descriptions
   */
  public static CompiledRules rules() {
    return Loaded.RULES;
  }

  /**
   * @return the version of the built-in rule set, without loading the rules
   */
  public static String version() {
    return Version.VALUE;
  }

  private static final class Loaded {
    static final CompiledRules RULES = load();

    /**
     * The general way, when the generated classes are missing (rules run from sources in an IDE).
     */
    private static KieBase fromKmoduleScan() {
      return KieServices.get()
          .getKieClasspathContainer(BuiltInRules.class.getClassLoader())
          .getKieBase(KIE_BASE_NAME);
    }

    private static CompiledRules load() {
      KieBase kieBase = fromGeneratedClasses().orElseGet(BuiltInRules.Loaded::fromKmoduleScan);
      return new CompiledRules(
          kieBase,
          RuleCatalogue.of(
              kieBase.getKiePackages(),
              true,
              rule -> FOLDER + RuleMetadata.text(rule, "concern") + ".drl"));
    }
  }

  /**
   * Set {@value #SCAN_KMODULE_PROPERTY} to {@code true} to load the built-ins the slower, general
   * way (scanning {@code kmodule.xml}); the cold-start benchmark compares the two.
   */
  public static final String SCAN_KMODULE_PROPERTY = "cbcf.rules.scanKmodule";

  private static Optional<KieBase> fromGeneratedClasses() {
    if (Boolean.getBoolean(SCAN_KMODULE_PROPERTY)) {
      return Optional.empty();
    }
    return ExecutableModels.kieBase(BuiltInRules.class.getClassLoader(), MODULE, PACKAGE);
  }

  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      Properties properties = new Properties();
      try (InputStream in =
          BuiltInRules.class.getResourceAsStream("/io/github/cbcf/rules/rule-set.properties")) {
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
