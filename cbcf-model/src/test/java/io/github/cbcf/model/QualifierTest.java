package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QualifierTest {
  @Test
  void aQualifierMayBeLocatedOrNot() {
    Qualifier located = RecordFixtures.domesticLaw();
    Qualifier unlocated =
        Qualifier.of(QualifierKind.DOMESTIC_LAW, RecordFixtures.DOMESTIC_LAW_TEXT);

    assertThat(located.getLocation())
        .contains(SourceSpan.locate(RecordFixtures.SOURCE_TEXT, RecordFixtures.DOMESTIC_LAW_TEXT));
    assertThat(unlocated.getLocation()).isEmpty();
    assertThat(unlocated.getText()).isEqualTo(located.getText());
  }

  @Test
  void onlyAQualifierThatNamesASafeguardIsASpecificSafeguard() {
    assertThat(Qualifier.of(QualifierKind.DOMESTIC_LAW, "within the law").isSpecificSafeguard())
        .isFalse();
    assertThat(
            Qualifier.of(QualifierKind.PRIVACY_SAFEGUARD, "after a privacy impact assessment")
                .isSpecificSafeguard())
        .isTrue();
  }

  @Test
  void aBlankTextIsRefused() {
    Problem violation = BrokenInvariants.only(() -> Qualifier.of(QualifierKind.OTHER, " "));

    assertThat(violation.getPath()).isEqualTo("text");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }

  @Test
  void aLocationThatCoversMoreOrLessThanTheTextIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Qualifier.Builder()
                    .kind(QualifierKind.DOMESTIC_LAW)
                    .text("within the law")
                    .location(SourceSpan.of(10, 20, 1))
                    .build());

    assertThat(violation.getPath()).isEqualTo("location");
    assertThat(violation.getMessage())
        .isEqualTo(
            "covers 10 characters but text has 14: make end - start equal the length of text");
  }

  @Test
  void onlySafeguardsAReviewerCanCheckAreSpecific() {
    assertThat(Arrays.stream(QualifierKind.values()).filter(QualifierKind::isSpecificSafeguard))
        .containsExactlyInAnyOrder(
            QualifierKind.PRIVACY_SAFEGUARD,
            QualifierKind.PURPOSE_LIMITATION,
            QualifierKind.RETENTION_LIMIT,
            QualifierKind.INDEPENDENT_OVERSIGHT,
            QualifierKind.NAMED_AGREEMENT);
  }
}
