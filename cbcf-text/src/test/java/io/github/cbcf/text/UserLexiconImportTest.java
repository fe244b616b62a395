package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.lexicon.LexiconException;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Statements.builder().addLexicon(path)}: a user's own lexicon beside the built-in one. */
class UserLexiconImportTest {
  private static final String STATEMENT =
      "Canada and the United States met in Ottawa on March 3, 2025. The two countries agreed to"
          + " align their export controls.\n";

  @TempDir Path dir;

  private Path lexicon(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aHouseCodeIsDeclaredInTheRecordUnderTheEntrysLabel() throws Exception {
    Path house =
        lexicon(
            "house.lexicon",
            "language: en\nsubject house.export-controls: Export controls\n  phrase: export"
                + " controls\n");

    ImportResult result =
        Statements.builder()
            .addLexicon(house)
            .build()
            .read(StatementFiles.text(dir, "s.txt", STATEMENT));

    ForumRecord record = result.getRecord();
    assertThat(record.getSubjects())
        .containsExactly(Subject.of("house.export-controls", "Export controls"));
    assertThat(record.getOutcomes())
        .filteredOn(o -> o.getText().contains("export controls"))
        .singleElement()
        .satisfies(o -> assertThat(o.getSubjects()).containsExactly("house.export-controls"));
    assertThat(Statements.read(StatementFiles.text(dir, "plain.txt", STATEMENT)).getRecord())
        .satisfies(r -> assertThat(r.getSubjects()).isEmpty());
  }

  @Test
  void aLexiconInAnotherLanguageIsNotUsedAndTheImportSaysSo() throws Exception {
    Path maison =
        lexicon(
            "maison.lexicon",
            "language: fr\nsubject house.export-controls: Contrôle des exportations\n"
                + "  phrase: export controls\n");

    ImportResult result =
        Statements.builder()
            .addLexicon(maison)
            .build()
            .read(StatementFiles.text(dir, "s.txt", STATEMENT));

    assertThat(result.getRecord().getSubjects()).isEmpty();
    assertThat(result.getWarnings())
        .extracting(ImportWarning::getMessage)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(maison + " is a lexicon in 'fr' and the statement is in 'en'"));
  }

  @Test
  void aBadLexiconIsRefusedWhenAddedWithOneLinePerProblem() throws Exception {
    Path bad =
        lexicon(
            "bad.lexicon",
            "language: en\nsubject data.information-sharin: Typo\n  phrase: pass on tips\n");

    assertThatThrownBy(() -> Statements.builder().addLexicon(bad))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith(bad + ":2:9: unknown subject code 'data.information-sharin'")
        .hasMessageContaining("did you mean 'data.information-sharing'?")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aTaggerOfYourOwnCannotBeCombinedWithAddLexicon() throws Exception {
    Path house =
        lexicon(
            "house.lexicon",
            "language: en\nsubject house.export-controls: Export controls\n  phrase: export"
                + " controls\n");

    assertThatThrownBy(
            () -> Statements.builder().addLexicon(house).tagger(OutcomeTagger.NONE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LexiconTagger.builtInWith");
  }
}
