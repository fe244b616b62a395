package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cbcf.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSpanTest {
  @Test
  void aSpanCountsTheCharactersItCovers() {
    SourceSpan span = SourceSpan.of(4, 10, 2);

    assertThat(span.getStart()).isEqualTo(4);
    assertThat(span.getEnd()).isEqualTo(10);
    assertThat(span.getLine()).isEqualTo(2);
    assertThat(span.length()).isEqualTo(6);
  }

  @Test
  void locateFindsTheFirstOccurrenceAndItsLine() {
    String source = "one two\nthree two\nfour";

    assertThat(SourceSpan.locate(source, "two")).isEqualTo(SourceSpan.of(4, 7, 1));
    assertThat(SourceSpan.locate(source, "three")).isEqualTo(SourceSpan.of(8, 13, 2));
    assertThat(SourceSpan.locate(source, "four")).isEqualTo(SourceSpan.of(18, 22, 3));
  }

  @Test
  void locateCountsUtf16CodeUnitsAsSubstringDoes() {
    String source = "😀 agreed";

    SourceSpan span = SourceSpan.locate(source, "agreed");

    assertThat(span.getStart()).isEqualTo(3);
    assertThat(source.substring(span.getStart(), span.getEnd())).isEqualTo("agreed");
  }

  @Test
  void locateRefusesTextThatIsNotInTheSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SourceSpan.locate("one two", "three"))
        .withMessageContaining("text does not occur in the source: three");
    assertThatIllegalArgumentException().isThrownBy(() -> SourceSpan.locate("one two", ""));
  }

  @Test
  void aNegativeStartIsRefused() {
    Problem violation = BrokenInvariants.only(() -> SourceSpan.of(-1, 5, 1));

    assertThat(violation.getPath()).isEqualTo("start");
    assertThat(violation.getMessage()).isEqualTo("must be 0 or more, got -1");
  }

  @Test
  void anEndThatIsNotPastTheStartIsRefused() {
    Problem violation = BrokenInvariants.only(() -> SourceSpan.of(5, 5, 1));

    assertThat(violation.getPath()).isEqualTo("end");
    assertThat(violation.getMessage()).isEqualTo("must be greater than start (5), got 5");
  }

  @Test
  void aLineBelowOneIsRefused() {
    Problem violation = BrokenInvariants.only(() -> SourceSpan.of(0, 5, 0));

    assertThat(violation.getPath()).isEqualTo("line");
    assertThat(violation.getMessage()).isEqualTo("must be 1 or more, got 0");
  }

  @Test
  void everyBrokenFieldIsReported() {
    List<Problem> violations = BrokenInvariants.of(() -> SourceSpan.of(-3, -4, -1));

    assertThat(violations).extracting(Problem::getPath).containsExactly("start", "end", "line");
  }
}
