package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentences end where a sentence ends, not after "U.S.", "D.C.", an initial, "Art." or "No.". */
class SentencesTest {
  @TempDir Path dir;

  private List<String> outcomes(String text) {
    Path file = StatementFiles.text(dir, "s.txt", text);
    return Statements.builder()
        .parties("US", "CA")
        .build()
        .read(file)
        .getRecord()
        .getOutcomes()
        .stream()
        .map(Outcome::getText)
        .toList();
  }

  @Test
  void usAndDcAreNotSentenceEnds() {
    assertThat(
            outcomes(
                "The U.S. Attorney General met in Washington, D.C. The Ministers agreed to meet in"
                    + " the U.S. Capitol next year. Canada noted the meeting."))
        .containsExactly(
            "The U.S. Attorney General met in Washington, D.C. The Ministers agreed to meet in the"
                + " U.S. Capitol next year.",
            "Canada noted the meeting.");
  }

  @Test
  void initialsInNamesAreNotSentenceEnds() {
    assertThat(
            outcomes(
                "Attorney General Merrick B. Garland hosted the meeting. The Ministers agreed."))
        .containsExactly(
            "Attorney General Merrick B. Garland hosted the meeting.", "The Ministers agreed.");
  }

  @Test
  void billC70IsOneWordAndEndsASentenceWhenItDoes() {
    assertThat(
            outcomes(
                "Canada highlighted Bill C-70. The Ministers welcomed Bill C-70 establishing a registry."))
        .containsExactly(
            "Canada highlighted Bill C-70.",
            "The Ministers welcomed Bill C-70 establishing a registry.");
  }

  @Test
  void articleAndNumberAbbreviationsAreNotSentenceEnds() {
    assertThat(
            outcomes(
                "The Ministers recalled Art. 8 of the Convention and No. 5 of the Protocol. They agreed."))
        .containsExactly(
            "The Ministers recalled Art. 8 of the Convention and No. 5 of the Protocol.",
            "They agreed.");
    assertThat(outcomes("The Ministers noted Art. VIII of the treaty. They agreed."))
        .containsExactly("The Ministers noted Art. VIII of the treaty.", "They agreed.");
  }

  @Test
  void anAcronymAndAnActEndSentences() {
    assertThat(
            outcomes(
                "They recommended a focus on AI by the CBCF. They discussed the Foreign Agents"
                    + " Registration Act. Canada noted it."))
        .containsExactly(
            "They recommended a focus on AI by the CBCF.",
            "They discussed the Foreign Agents Registration Act.",
            "Canada noted it.");
  }

  @Test
  void aParagraphWrappedAcrossLinesIsOneSentence() {
    assertThat(
            outcomes(
                "The Ministers agreed to strengthen cooperation between the law enforcement agencies of\n"
                    + "both countries and to share information.\nCanada noted the meeting."))
        .containsExactly(
            "The Ministers agreed to strengthen cooperation between the law enforcement agencies of\n"
                + "both countries and to share information.",
            "Canada noted the meeting.");
  }
}
