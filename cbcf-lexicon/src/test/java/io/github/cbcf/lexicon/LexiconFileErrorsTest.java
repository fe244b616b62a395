package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbcf.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of error in a lexicon file is reported, all at once, each as one line with its file,
 * line and column.
 */
class LexiconFileErrorsTest {
  @TempDir Path folder;

  private static final String BROKEN =
      String.join(
          "\n",
          "language: en", // 1
          "subject data.informaton-sharing: Typo in a code", // 2
          "  phrase: pass information", // 3
          "subject House.Export: Malformed code", // 4
          "  phrase: export permits", // 5
          "qualifier DOMESTIC_LAWS: Typo in a kind", // 6
          "  phrase: under our laws", // 7
          "subject house.sanctions: Empty phrases", // 8
          "  phrase:", // 9
          "  phrase: --", // 10
          "  phrase: sanctions evasion", // 11
          "subject house.permits: Bad gaps", // 12
          "  gap: many", // 13
          "  phrase: export permit ~12", // 14
          "subject house.permits: Duplicate entry", // 15
          "  phrase: licence", // 16
          "subject house.keys: Unknown key", // 17
          "  phrasse: dual-use goods", // 18
          "  phrase: dual-use goods", // 19
          "  phrase: dual use goods", // 20
          "this line means nothing", // 21
          "subject house.nophrase: Only a negative context", // 22
          "  not: export permit", // 23
          "subject house.label", // 24
          "  phrase: labels", // 25
          "subject house.ellipsis: Misplaced ellipsis", // 26
          "  phrase: ... goods ~2", // 27
          "  phrase: strategic ... goods", // 28
          "");

  @Test
  void everyProblemOfAFileIsReportedAtOnceWithItsPlace() throws Exception {
    Path file = write("broken.lexicon", BROKEN);

    LexiconException thrown =
        catchThrowableOfType(LexiconException.class, () -> Lexicon.load(file));

    List<String> lines = thrown.getProblems().stream().map(Problem::toString).toList();
    String name = file.toString();
    assertThat(lines)
        .containsExactly(
            name
                + ":2:9: unknown subject code 'data.informaton-sharing'; did you mean 'data.information-sharing'?;"
                + " a house code must differ from every built-in code by more than a typo",
            name
                + ":4:9: malformed subject code 'House.Export'; write lower-case words joined by '-' and separated"
                + " by '.', for example house.export-controls",
            name
                + ":6:11: unknown qualifier kind 'DOMESTIC_LAWS'; did you mean 'DOMESTIC_LAW'?; use one of"
                + " DOMESTIC_LAW, RIGHTS_PROTECTED_BY_LAW, PRIVACY_SAFEGUARD, PURPOSE_LIMITATION, RETENTION_LIMIT,"
                + " INDEPENDENT_OVERSIGHT, NAMED_AGREEMENT, OTHER",
            name + ":9:10: empty phrase; write the words after 'phrase:', or delete the line",
            name + ":10:11: empty phrase '--': it has no words; write words or delete the line",
            name + ":13:8: bad gap 'many'; write a whole number of words from 0 to 8",
            name + ":14:26: bad gap '12'; write a whole number of words from 0 to 8",
            name
                + ":15:1: duplicate entry for house.permits, first at line 12; merge its phrases into that entry",
            name
                + ":18:3: unknown key 'phrasse:'; did you mean 'phrase'?; an entry has 'phrase:', 'not:' and 'gap:'"
                + " lines",
            name
                + ":20:11: duplicate phrase in entry house.keys: same stems as line 19; delete one",
            name
                + ":21:1: line not understood; start an entry with 'subject CODE: Label' or 'qualifier KIND: Label'"
                + " at the start of a line, and indent its 'phrase:', 'not:' and 'gap:' lines under it",
            name
                + ":22:1: entry house.nophrase has no phrase; add an indented 'phrase: words' line",
            name
                + ":24:20: entry 'house.label' has no label; write 'subject house.label: A short label'",
            name
                + ":27:11: '...' must stand between words, as in 'share ... information'; add the missing words",
            name
                + ":28:11: '...' with a gap of 0 allows no word there; give the entry 'gap: N' or end the phrase"
                + " with ' ~N'");
    assertThat(thrown.getProblems().get(0).getMessage())
        .contains("did you mean 'data.information-sharing'?");
    assertThat(thrown.getProblems().get(2).getMessage()).contains("did you mean 'DOMESTIC_LAW'?");
    assertThat(thrown.getMessage()).startsWith("15 problems in lexicon:\n" + name + ":2:9: ");
  }

  @Test
  void aFileWithoutLanguageSaysHowToStart() throws Exception {
    Path file =
        write(
            "nolanguage.lexicon",
            "subject house.export-controls: Export controls\n  phrase: export\n");

    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(file + ":1:1: entry before any 'language:' line")
        .hasMessageContaining(
            file
                + ":1:1: no 'language:' line; start the file with 'language: en' or"
                + " 'language: fr'");
  }

  @Test
  void aLanguageWithNoAnalyzerIsNamed() throws Exception {
    Path file = write("german.lexicon", "language: de\nsubject house.x: X\n  phrase: Ausfuhr\n");

    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconException.class)
        .hasMessage(file + ":1:11: language 'de' has no analyzer; use one of en, fr");
  }

  @Test
  void aMissingFileIsOneLine() {
    Path file = folder.resolve("absent.lexicon");

    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconException.class)
        .hasMessage(file + ": file not found; check the path");
  }

  @Test
  void aFileThatIsNotUtf8IsOneLine() throws Exception {
    Path file = folder.resolve("latin1.lexicon");
    Files.write(
        file,
        "language: fr\nsubject house.x: Libellé\n  phrase: réglé\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconException.class)
        .hasMessage(file + ": is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void aBuiltInFileAcceptsOnlyCataloguedCodes() {
    LexiconFile file =
        LexiconFile.read(
            "xx.lexicon",
            "language: en\nsubject house.export-controls: X\n" + "  phrase: export controls\n",
            true);

    assertThat(file.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "xx.lexicon:2:9: unknown subject code 'house.export-controls'; use a code of the built-in catalogue"
                + " (io.github.cbcf.model.Subjects)");
  }

  private Path write(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
