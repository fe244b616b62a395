package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed as Markdown, as a saved web page and as a PDF gives the same outcomes as the seed's
 * text.
 */
class FormatsTest {
  static final List<String> HEADINGS =
      List.of(
          "Foreign Interference/National Security",
          "Law Enforcement Cooperation and Information Sharing",
          "Online Crime and Hate Crimes",
          "Conclusion");

  @TempDir static Path dir;

  static ForumRecord fromText;

  @BeforeAll
  static void importText() {
    fromText = Statements.read(SeedImportTest.SEED).getRecord();
  }

  @Test
  void markdownGivesTheSameOutcomesSectionsAndContacts() {
    ForumRecord record = Statements.read(StatementFiles.markdown(dir, HEADINGS)).getRecord();
    assertSameStatement(record);
    assertThat(record.getSource().getTitle()).isEqualTo("Joint statement");
  }

  @Test
  void htmlKeepsTheBodyAndDropsNavigationScriptsAndStyles() {
    ForumRecord record = Statements.read(StatementFiles.html(dir, HEADINGS)).getRecord();
    assertSameStatement(record);
    assertThat(record.getSource().getText())
        .doesNotContain("Menu item", "tracking", "color: red", "Terms and", "News");
    assertThat(record.getSource().getTitle()).isEqualTo("Joint statement");
  }

  @Test
  void aPdfWithATextLayerGivesTheSameOutcomesThoughItsLinesAreWrapped() {
    Path pdf = StatementFiles.pdf(dir, "seed.pdf", StatementFiles.seedText());
    ForumRecord record = Statements.read(pdf).getRecord();
    assertThat(record.getSource().getText()).contains("\n");
    assertSameStatement(record);
  }

  private static void assertSameStatement(ForumRecord record) {
    assertThat(record.getSections())
        .extracting(Section::getTitle)
        .containsExactlyElementsOf(fromText.getSections().stream().map(Section::getTitle).toList());
    assertThat(record.getOutcomes())
        .extracting(o -> squeeze(o.getText()))
        .containsExactlyElementsOf(
            fromText.getOutcomes().stream().map(o -> squeeze(o.getText())).toList());
    assertThat(record.getOutcomes())
        .extracting(Outcome::getKind, Outcome::getParties, Outcome::getOrientation)
        .containsExactlyElementsOf(
            fromText.getOutcomes().stream()
                .map(
                    o ->
                        org.assertj.core.groups.Tuple.tuple(
                            o.getKind(), o.getParties(), o.getOrientation()))
                .toList());
    assertThat(record.getInstruments())
        .extracting(i -> squeeze(i.getTitle()))
        .containsExactlyElementsOf(
            fromText.getInstruments().stream().map(i -> squeeze(i.getTitle())).toList());
    assertThat(record.getContacts()).isEqualTo(fromText.getContacts());
    for (Outcome outcome : record.getOutcomes()) {
      assertThat(
              record
                  .getSource()
                  .getText()
                  .substring(outcome.getLocation().getStart(), outcome.getLocation().getEnd()))
          .isEqualTo(outcome.getText());
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
