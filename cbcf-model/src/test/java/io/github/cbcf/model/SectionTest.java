package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import org.junit.jupiter.api.Test;

class SectionTest {
  @Test
  void aSectionHasAHeadingWhereTheSourceHasOne() {
    Section border = RecordFixtures.borderSection();

    assertThat(border.getTitle()).isEqualTo("Border Security");
    assertThat(border.getLocation())
        .contains(SourceSpan.locate(RecordFixtures.SOURCE_TEXT, "Border Security"));
    assertThat(new Section.Builder().id("intro").title("Introduction").build().getLocation())
        .isEmpty();
  }

  @Test
  void aBlankIdIsRefused() {
    Problem violation =
        BrokenInvariants.only(() -> new Section.Builder().id("").title("Introduction").build());

    assertThat(violation.getPath()).isEqualTo("id");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }

  @Test
  void aBlankTitleIsRefused() {
    Problem violation =
        BrokenInvariants.only(() -> new Section.Builder().id("intro").title(" ").build());

    assertThat(violation.getPath()).isEqualTo("title");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }
}
