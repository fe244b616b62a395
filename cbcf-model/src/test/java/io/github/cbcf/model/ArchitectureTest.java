package io.github.cbcf.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import org.junit.jupiter.api.Test;

/**
 * The model's boundaries, checked on its bytecode: it knows nothing of the rule engine, and its
 * classes are named for what they are. Each rule is also run where it must fail, so that a rule
 * that matches nothing cannot pass.
 */
class ArchitectureTest {
  /**
   * The model's classes and its tests' (the generator and fixtures ship in the test-jar, so they
   * count too).
   */
  private static final JavaClasses MODEL =
      new ClassFileImporter().importPackages("io.github.cbcf.model");

  static ArchRule modelDoesNotDependOn(String... packages) {
    return noClasses()
        .that()
        .resideInAPackage("io.github.cbcf.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages)
        .because("the model must stay usable without the rule engine");
  }

  static ArchRule noClassNameEndsWith(String first, String... more) {
    ClassesShouldConjunction rule = noClasses().should().haveSimpleNameEndingWith(first);
    for (String suffix : more) {
      rule = rule.orShould().haveSimpleNameEndingWith(suffix);
    }
    return rule.because("a class is named for what it is; static factories live in plural nouns");
  }

  @Test
  void theModelDoesNotDependOnTheRuleEngine() {
    modelDoesNotDependOn("org.kie..", "org.drools..").check(MODEL);
  }

  @Test
  void theDependencyRuleCatchesADependencyTheModelHas() {
    assertThatThrownBy(() -> modelDoesNotDependOn("com.fasterxml.jackson..").check(MODEL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("com.fasterxml.jackson");
  }

  @Test
  void noClassIsAManagerUtilOrHelper() {
    noClassNameEndsWith("Manager", "Util", "Utils", "Helper").check(MODEL);
  }

  @Test
  void theNamingRuleCatchesASuffixTheModelHas() {
    assertThatThrownBy(() -> noClassNameEndsWith("Manager", "Reader").check(MODEL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("RecordReader");
  }
}
