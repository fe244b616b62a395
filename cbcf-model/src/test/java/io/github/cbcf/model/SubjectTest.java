package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "piracy",
        "crime.piracy",
        "crime.maritime-piracy",
        "org.export-controls.dual-use",
        "a1.b2"
      })
  void aWellFormedCodeIsAccepted(String code) {
    Subject subject = Subject.of(code, "Piracy");

    assertThat(subject.getCode()).isEqualTo(code);
    assertThat(subject.getLabel()).isEqualTo("Piracy");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Crime.Piracy",
        "crime..piracy",
        "crime piracy",
        ".crime",
        "crime.",
        "crime-",
        "crime_piracy",
        ""
      })
  void aMalformedCodeIsRefusedWithAnExample(String code) {
    Problem violation = BrokenInvariants.only(() -> Subject.of(code, "Piracy"));

    assertThat(violation.getPath()).isEqualTo("code");
    assertThat(violation.getMessage())
        .isEqualTo(
            "'"
                + code
                + "' is not a subject code: use lower-case words joined"
                + " by '-' and separated by '.', for example org.export-controls");
  }

  @Test
  void aBlankLabelIsRefused() {
    Problem violation = BrokenInvariants.only(() -> Subject.of("crime.piracy", ""));

    assertThat(violation.getPath()).isEqualTo("label");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }
}
