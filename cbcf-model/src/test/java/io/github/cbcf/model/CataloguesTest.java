package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two catalogues: built-in subjects and ISO jurisdictions. */
class CataloguesTest {
  @Test
  void everySubjectConstantIsInTheCatalogueAndTheCatalogueHasNoOthers()
      throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field field : Subjects.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        constants.add((String) field.get(null));
      }
    }

    assertThat(Subjects.builtIn())
        .extracting(Subject::getCode)
        .containsExactlyInAnyOrderElementsOf(constants)
        .doesNotHaveDuplicates()
        .allMatch(Subjects::isWellFormed)
        .allMatch(Subjects::isBuiltIn);
  }

  @Test
  void aDeclaredCodeIsNotBuiltIn() {
    assertThat(Subjects.isBuiltIn("crime.piracy")).isFalse();
    assertThat(Subjects.isBuiltIn(Subjects.CRIME_FENTANYL)).isTrue();
  }

  @Test
  void theBuiltInCatalogueCannotBeChangedByACaller() {
    List<Subject> builtIn = Subjects.builtIn();

    assertThatThrownBy(() -> builtIn.add(Subject.of("crime.piracy", "Piracy")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Subjects.isBuiltIn("crime.piracy")).isFalse();
  }

  @Test
  void jurisdictionsAreIsoCountryCodes() {
    assertThat(Jurisdictions.isCountryCode(Jurisdictions.UNITED_STATES)).isTrue();
    assertThat(Jurisdictions.isCountryCode(Jurisdictions.CANADA)).isTrue();
    assertThat(Jurisdictions.isCountryCode("GB")).isTrue();
    assertThat(Arrays.asList("XX", "us", "USA", "EU", "")).noneMatch(Jurisdictions::isCountryCode);
  }

  @Test
  void theCountryCodesAreSortedAndReadOnly() {
    assertThat(List.copyOf(Jurisdictions.countryCodes()))
        .hasSizeGreaterThan(200)
        .isSorted()
        .contains("US", "CA", "NO");
    assertThatThrownBy(() -> Jurisdictions.countryCodes().add("XX"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
