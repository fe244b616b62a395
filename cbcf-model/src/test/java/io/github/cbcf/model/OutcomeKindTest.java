package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeKindTest {
  @Test
  void onlyUndertakingsBindTheParties() {
    assertThat(
            Arrays.stream(OutcomeKind.values())
                .filter(k -> k.getStrength() == BindingStrength.BINDING))
        .containsExactlyInAnyOrder(
            OutcomeKind.AGREED,
            OutcomeKind.COMMITTED,
            OutcomeKind.PLEDGED,
            OutcomeKind.UNDERTOOK,
            OutcomeKind.WILL,
            OutcomeKind.INSTRUCTED);
  }

  @ParameterizedTest
  @EnumSource(
      value = OutcomeKind.class,
      names = {
        "REAFFIRMED",
        "CALLED_FOR",
        "RECOMMENDED",
        "PLANNED",
        "CONTINUED",
        "INTENDED",
        "ENCOURAGED",
        "URGED"
      })
  void statementsOfIntentAreHortatory(OutcomeKind kind) {
    assertThat(kind.getStrength()).isEqualTo(BindingStrength.HORTATORY);
  }

  @ParameterizedTest
  @EnumSource(
      value = OutcomeKind.class,
      names = {
        "NOTED",
        "DISCUSSED",
        "ACKNOWLEDGED",
        "EXPRESSED_CONCERN",
        "WELCOMED",
        "RECOGNIZED",
        "STATED"
      })
  void noticesAreDeclaratory(OutcomeKind kind) {
    assertThat(kind.getStrength()).isEqualTo(BindingStrength.DECLARATORY);
  }
}
