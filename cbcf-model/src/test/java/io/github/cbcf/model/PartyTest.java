package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {
  @Test
  void aPartyIsNamedByItsIsoCode() {
    Party canada = RecordFixtures.canada();

    assertThat(canada.getCode()).isEqualTo("CA");
    assertThat(canada.getName()).isEqualTo("Canada");
    assertThat(new Party.Builder().code("CA").name("Canada").build()).isEqualTo(canada);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "ca", "CAN", "", "U S"})
  void aCodeThatIsNoIsoCountryCodeIsRefused(String code) {
    Problem violation = BrokenInvariants.only(() -> Party.of(code, "Somewhere"));

    assertThat(violation.getPath()).isEqualTo("code");
    assertThat(violation.getMessage())
        .isEqualTo(
            "'"
                + code
                + "' is not an ISO 3166-1 alpha-2 country code:"
                + " use two upper-case letters such as US or CA");
  }

  @Test
  void aBlankNameIsRefused() {
    Problem violation = BrokenInvariants.only(() -> Party.of("CA", "  "));

    assertThat(violation.getPath()).isEqualTo("name");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }

  @Test
  void bothBrokenFieldsAreReportedInOneException() {
    ModelViolationException thrown =
        catchThrowableOfType(ModelViolationException.class, () -> Party.of("XX", ""));

    assertThat(thrown.getProblems()).extracting(Problem::getPath).containsExactly("name", "code");
    assertThat(thrown)
        .hasMessageStartingWith("Invalid Party: name: must not be blank")
        .hasMessageContaining("; code: 'XX' is not an ISO 3166-1 alpha-2 country code");
  }
}
