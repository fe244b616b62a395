package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation's own lexicon adds house codes, and phrases for built-in codes, to the built-in
 * lexicon.
 */
class HouseLexiconTest {
  @TempDir Path folder;

  @Test
  void aHouseCodeIsFoundBesideTheBuiltInOnes() throws Exception {
    Path file = folder.resolve("house.lexicon");
    Files.writeString(
        file,
        String.join(
            "\n",
            "language: en",
            "# Our export-control practice group reviews these.",
            "subject house.export-controls: Export controls",
            "  gap: 1",
            "  phrase: export controls",
            "  phrase: dual-use ... exports ~2",
            "subject data.information-sharing: Tip lines count as sharing here",
            "  phrase: pass ... tips ~2",
            ""));
    Lexicon lexicon = Lexicon.builtIn("en").with(Lexicon.load(file));
    String text =
        "They will share information on export controls and pass on tips about smuggled firearms.";

    List<LexiconMatch> matches = lexicon.find(text, 0, text.length());

    assertThat(matches)
        .extracting(LexiconMatch::getCode)
        .containsExactly(
            "data.information-sharing",
            "house.export-controls",
            "data.information-sharing",
            "crime.firearms-smuggling");
    LexiconMatch house = matches.get(1);
    assertThat(house.getWords()).isEqualTo("export controls");
    assertThat(house.getEntry()).isEqualTo(file + ":3 house.export-controls");
    assertThat(matches.get(2).getEntry()).isEqualTo(file + ":7 data.information-sharing");
    assertThat(matches.get(0).getEntry()).startsWith("en.lexicon:");
    assertThat(lexicon.getEntries()).hasSize(Lexicon.builtIn("en").getEntries().size() + 2);
    assertThat(Lexicon.builtIn("en").find(text, 0, text.length()))
        .extracting(LexiconMatch::getCode)
        .doesNotContain("house.export-controls");
  }

  @Test
  void aLexiconOfAnotherLanguageIsRefused() throws Exception {
    Path file = folder.resolve("maison.lexicon");
    Files.writeString(
        file,
        "language: fr\nsubject house.export-controls: Contrôle des exportations\n"
            + "  phrase: contrôle des exportations\n");

    assertThatThrownBy(() -> Lexicon.builtIn("en").with(Lexicon.load(file)))
        .isInstanceOf(LexiconException.class)
        .hasMessage(
            file
                + ": is in language 'fr' but is added to a lexicon in 'en'; add it to the fr lexicon,"
                + " or write its phrases in en");
  }
}
