package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationTest {
  @Test
  void aViolationIsPlacedUnderTheValueItWasFoundIn() {
    Violation violation = Violation.of("location.end", "is too far");

    assertThat(violation.under("outcomes[2]")).isEqualTo(Violation.of("outcomes[2].location.end", "is too far"));
    assertThat(violation.under("")).isSameAs(violation);
    assertThat(Violation.of("", "needs a phone").under("contacts[0]"))
        .isEqualTo(Violation.of("contacts[0]", "needs a phone"));
  }

  @Test
  void itReadsAsPathThenMessage() {
    assertThat(Violation.of("date", "is wrong")).hasToString("date: is wrong");
    assertThat(Violation.of("", "is wrong")).hasToString("is wrong");
  }

  @Test
  void equalityIsByPathAndMessage() {
    assertThat(Violation.of("a", "m")).isEqualTo(Violation.of("a", "m")).hasSameHashCodeAs(Violation.of("a", "m"))
        .isNotEqualTo(Violation.of("b", "m")).isNotEqualTo(Violation.of("a", "n"));
  }
}
