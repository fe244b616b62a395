package io.github.cbcf.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of the whole library, checked on the main bytecode of every module the command line is
 * built from (model, rules, reports, scenarios, the program itself): no package cycles, no Drools
 * or Jackson type in a public signature of a public package, no JUnit, and no generated {@code
 * Immutable*} class used outside its module. Each rule is also run where it must fail, so that a
 * rule that matches nothing cannot pass.
 */
class LibraryArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.cbcf");

  /** The packages a user programs against; internal packages and the program are not API. */
  private static final String[] PUBLIC_PACKAGES = {
    "io.github.cbcf",
    "io.github.cbcf.model..",
    "io.github.cbcf.rules",
    "io.github.cbcf.rules.facts",
    "io.github.cbcf.reports",
    "io.github.cbcf.scenarios"
  };

  private static final String[] ENGINE_AND_JSON = {
    "org.kie", "org.drools", "com.fasterxml.jackson"
  };

  static ArchRule noPackageCycles() {
    // Reviewer delegates to rules.internal, which builds the rules package's value types, and
    // StatementReader to
    // text.internal in the same way: a facade and its implementation, one unit. Every other edge
    // counts.
    return slices()
        .matching("io.github.cbcf.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage("io.github.cbcf.rules"),
            JavaClass.Predicates.resideInAPackage("io.github.cbcf.rules.internal"))
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage("io.github.cbcf.text"),
            JavaClass.Predicates.resideInAPackage("io.github.cbcf.text.internal"));
  }

  static ArchRule publicSignaturesAvoid(String... prefixes) {
    return classes()
        .that()
        .resideInAnyPackage(PUBLIC_PACKAGES)
        .and()
        .arePublic()
        .and()
        .haveSimpleNameNotStartingWith("Immutable")
        .should(
            new ArchCondition<JavaClass>(
                "expose no type of " + String.join(", ", prefixes) + " in a public signature") {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                for (String problem : exposed(type, prefixes)) {
                  events.add(SimpleConditionEvent.violated(type, problem));
                }
              }
            })
        .because("users program against cbcf's types; Drools and Jackson stay replaceable inside");
  }

  private static List<String> exposed(JavaClass type, String... prefixes) {
    List<String> found = new ArrayList<>();
    for (JavaCodeUnit unit : type.getCodeUnits()) {
      if (!isVisible(unit.getModifiers())) {
        continue;
      }
      List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
      types.add(unit.getReturnType());
      types.addAll(unit.getExceptionTypes());
      for (JavaType used : types) {
        for (JavaClass raw : used.getAllInvolvedRawTypes()) {
          if (startsWithAny(raw.getName(), prefixes)) {
            found.add(unit.getFullName() + " exposes " + raw.getName());
          }
        }
      }
    }
    for (JavaField field : type.getFields()) {
      if (isVisible(field.getModifiers())) {
        for (JavaClass raw : field.getType().getAllInvolvedRawTypes()) {
          if (startsWithAny(raw.getName(), prefixes)) {
            found.add(field.getFullName() + " exposes " + raw.getName());
          }
        }
      }
    }
    return found;
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean startsWithAny(String name, String... prefixes) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix + ".")) {
        return true;
      }
    }
    return false;
  }

  static ArchRule noJUnitIn(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", "org.opentest4j..")
        .because(
            "only cbcf-scenarios-junit is a JUnit adapter; the program and the library run without JUnit");
  }

  /**
   * @param module the root package of a module, whose generated classes it alone may use
   * @param inside the packages counted as that module, in ArchUnit's notation
   */
  static ArchRule immutablesStayIn(String module, String inside) {
    DescribedPredicate<JavaClass> generatedThere =
        describe(
            "generated Immutable* classes of " + module + "..",
            c ->
                c.getSimpleName().startsWith("Immutable") && c.getPackageName().startsWith(module));
    return noClasses()
        .that()
        .resideOutsideOfPackage(inside)
        .should()
        .dependOnClassesThat(generatedThere)
        .because(
            "users build values with the builders and of() factories, never the generated classes");
  }

  @Test
  void thereAreNoPackageCycles() {
    noPackageCycles().check(MAIN);
  }

  @Test
  void theCycleRuleCatchesTheFacadeAndItsInternals() {
    assertThatThrownBy(
            () -> slices().matching("io.github.cbcf.(**)").should().beFreeOfCycles().check(MAIN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rules.internal");
  }

  @Test
  void noDroolsOrJacksonTypeIsInAPublicSignature() {
    publicSignaturesAvoid(ENGINE_AND_JSON).check(MAIN);
  }

  @Test
  void theSignatureRuleCatchesATypeThePublicApiShows() {
    assertThatThrownBy(() -> publicSignaturesAvoid("java.nio.file").check(MAIN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("RecordReader.read(java.nio.file.Path)");
  }

  @Test
  void noMainCodeDependsOnJUnit() {
    noJUnitIn("io.github.cbcf..").check(MAIN);
  }

  @Test
  void generatedValueClassesAreUsedOnlyInTheirModule() {
    for (String module :
        new String[] {"io.github.cbcf.model", "io.github.cbcf.rules", "io.github.cbcf.scenarios"}) {
      immutablesStayIn(module, module + "..").check(MAIN);
    }
  }

  @Test
  void theImmutablesRuleCatchesAUseAcrossPackages() {
    // rules.internal builds the rules package's findings with its generated builders: counted as
    // outside the
    // module, it must be caught.
    assertThatThrownBy(
            () -> immutablesStayIn("io.github.cbcf.rules", "io.github.cbcf.rules").check(MAIN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rules.internal.FindingAssembler");
  }

  @Test
  void theJUnitRuleCatchesATestClass() {
    JavaClasses withTests = new ClassFileImporter().importPackages("io.github.cbcf.cli");
    assertThatThrownBy(() -> noJUnitIn("io.github.cbcf.cli..").check(withTests))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LibraryArchitectureTest");
  }
}
