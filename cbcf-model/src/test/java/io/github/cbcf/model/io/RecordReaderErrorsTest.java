package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.RecordFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of error a record file can have is refused with an {@link InvalidRecordException}
 * whose problems name the file, the line and column (1-based, as editors count them), the field
 * path, and what to do. Files start as the valid bilateral fixture, written by {@link
 * RecordWriter}, with one thing changed; expected lines and columns are found in the changed text,
 * so that the tests say where, not what number.
 */
class RecordReaderErrorsTest {
  private static final RecordReader READER = RecordReader.create();

  @TempDir Path directory;

  private static String fixtureYaml() {
    return RecordWriter.write(RecordFixtures.bilateralRecord(), RecordFormat.YAML);
  }

  private static String fixtureJson() {
    return RecordWriter.write(RecordFixtures.bilateralRecord(), RecordFormat.JSON);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static InvalidRecordException refused(Path file) {
    InvalidRecordException thrown =
        catchThrowableOfType(InvalidRecordException.class, () -> READER.read(file));
    assertThat(thrown).as("the reader must refuse %s", file).isNotNull();
    assertThat(thrown.getFile()).isEqualTo(file.toString());
    assertThat(thrown.getMessage()).startsWith(file + ": ");
    return thrown;
  }

  /** The 1-based line on which {@code marker} first stands in {@code text}. */
  private static int lineOf(String text, String marker) {
    int at = indexOf(text, marker);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based column at which {@code marker} first stands in {@code text}. */
  private static int columnOf(String text, String marker) {
    int at = indexOf(text, marker);
    return at - text.lastIndexOf('\n', at - 1);
  }

  private static int indexOf(String text, String marker) {
    int at = text.indexOf(marker);
    assertThat(at).as("the test's marker %s is in the file", marker).isNotNegative();
    return at;
  }

  /**
   * Finds the one problem at {@code path} and checks that it, and the exception's message, say
   * where it is.
   */
  private static Problem problemAt(
      InvalidRecordException thrown, String path, int line, int column) {
    List<Problem> atPath =
        thrown.getProblems().stream().filter(p -> p.getPath().equals(path)).toList();
    assertThat(atPath).as("problems at %s in%n%s", path, thrown.getMessage()).hasSize(1);
    Problem problem = atPath.get(0);
    assertThat(problem.getFile()).isEqualTo(thrown.getFile());
    assertThat(problem.getLine()).as("line of %s", problem).isEqualTo(line);
    assertThat(problem.getColumn()).as("column of %s", problem).isEqualTo(column);
    // As compilers write it, so that editors jump there; a problem of the whole file has no line to
    // give.
    String where =
        thrown.getFile()
            + (line > 0 ? ":" + line + ":" + column : "")
            + ": "
            + (path.isEmpty() ? "" : path + ": ");
    assertThat(thrown.getMessage()).contains(where + problem.getMessage());
    return problem;
  }

  // ---- syntax
  // -----------------------------------------------------------------------------------------

  @Test
  void malformedYamlIsReportedOnTheLineOfTheError() throws IOException {
    // Regression: the line used to be where the parser last stood, the line before the error.
    String content = fixtureYaml().replace("place: Ottawa\n", "place: Ottawa\n]\n");
    Path file = file("malformed.yaml", content);

    Problem problem = problemAt(refused(file), "", lineOf(content, "]\n"), 1);

    assertThat(problem.getMessage())
        .startsWith("not well-formed YAML: ")
        .contains("but found ']'")
        .endsWith("; fix the syntax at this place");
  }

  @Test
  void aTabUsedForIndentationIsReportedWhereItIs() throws IOException {
    String content =
        fixtureYaml().replace("\n  title: Joint statement", "\n\ttitle: Joint statement");
    Path file = file("tab.yaml", content);

    Problem problem = problemAt(refused(file), "", lineOf(content, "\ttitle"), 1);

    assertThat(problem.getMessage()).contains("Do not use \\t(TAB) for indentation");
  }

  @Test
  void malformedJsonIsReportedWhereTheParserStopped() throws IOException {
    String content =
        fixtureJson().replace("\"forum\" : \"Test Forum\",", "\"forum\" : \"Test Forum\"");
    Path file = file("malformed.json", content);

    Problem problem =
        problemAt(
            refused(file), "", lineOf(content, "\"edition\""), columnOf(content, "\"edition\""));

    assertThat(problem.getMessage())
        .startsWith("not well-formed JSON: ")
        .contains("was expecting comma")
        .endsWith("; fix the syntax at this place");
  }

  @Test
  void aDuplicateYamlKeyIsReportedAtTheSecondWithTheFirstLine() throws IOException {
    // Regression: YAML duplicates used to stop the read as a bare syntax error, without the field
    // path.
    String content =
        fixtureYaml().replace("forum: Test Forum\n", "forum: Test Forum\nforum: Other Forum\n");
    Path file = file("duplicate.yaml", content);

    Problem problem = problemAt(refused(file), "forum", lineOf(content, "forum: Other"), 1);

    assertThat(problem.getMessage())
        .isEqualTo(
            "the field 'forum' appears twice (first at line "
                + lineOf(content, "forum: Test")
                + "): keep one");
  }

  @Test
  void aDuplicateJsonKeyIsReportedAtTheSecondWithTheFirstLine() throws IOException {
    String content =
        fixtureJson()
            .replace(
                "\"forum\" : \"Test Forum\",",
                "\"forum\" : \"Test Forum\",\n  \"forum\" : \"Other Forum\",");
    Path file = file("duplicate.json", content);

    Problem problem = problemAt(refused(file), "forum", lineOf(content, "\"forum\" : \"Other"), 3);

    assertThat(problem.getMessage())
        .isEqualTo(
            "the field 'forum' appears twice (first at line "
                + lineOf(content, "\"forum\" : \"Test")
                + "): keep one");
  }

  @Test
  void aDuplicateKeyInANestedMappingIsReportedWithItsPath() throws IOException {
    String content =
        fixtureYaml()
            .replace(
                "    owner: border agencies\n", "    owner: border agencies\n    owner: customs\n");
    Path file = file("nested-duplicate.yaml", content);

    problemAt(refused(file), "outcomes[0].owner", lineOf(content, "owner: customs"), 5);
  }

  @Test
  void aSecondDocumentIsRefused() throws IOException {
    String content = fixtureYaml() + "---\nid: another\n";
    Path file = file("two-documents.yaml", content);

    // Reported where the second document's content starts.
    Problem problem = problemAt(refused(file), "", lineOf(content, "id: another"), 1);

    assertThat(problem.getMessage())
        .isEqualTo("the file holds more than one document: write one record per file");
  }

  @Test
  void aFileThatIsNotAMappingIsRefusedWithTheFieldsItNeeds() throws IOException {
    Path file = file("list.yaml", "- id: a\n- id: b\n");

    Problem problem = problemAt(refused(file), "", 1, 1);

    assertThat(problem.getMessage())
        .startsWith("must be a mapping with the fields of ForumRecord: contacts, date,");
  }

  // ---- shape
  // ------------------------------------------------------------------------------------------

  @Test
  void anUnknownFieldIsReportedWithTheNearestAllowedName() throws IOException {
    String content =
        fixtureYaml().replace("    owner: border agencies", "    owners: border agencies");
    Path file = file("unknown-field.yaml", content);

    Problem problem = problemAt(refused(file), "outcomes[0].owners", lineOf(content, "owners:"), 5);

    assertThat(problem.getMessage())
        .startsWith("unknown field 'owners' in Outcome; allowed: due, evidence, id, instruments,")
        .endsWith("; did you mean 'owner'?");
  }

  @Test
  void aMisspeltRequiredFieldIsReportedAsUnknownAndAsMissing() throws IOException {
    String content = fixtureYaml().replace("forum: Test Forum", "forun: Test Forum");
    Path file = file("misspelt.yaml", content);
    InvalidRecordException thrown = refused(file);

    Problem unknown = problemAt(thrown, "forun", 2, 1);
    Problem missing = problemAt(thrown, "forum", 1, 1);

    assertThat(unknown.getMessage()).contains("did you mean 'forum'?");
    assertThat(missing.getMessage())
        .isEqualTo("missing field 'forum' of ForumRecord: add it, text");
  }

  @Test
  void anUnknownFieldInJsonIsReportedToo() throws IOException {
    String content = fixtureJson().replace("\"place\" :", "\"plaice\" :");
    Path file = file("unknown-field.json", content);

    Problem problem = problemAt(refused(file), "plaice", lineOf(content, "\"plaice\""), 3);

    assertThat(problem.getMessage()).endsWith("did you mean 'place'?");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnesAndSuggestsTheNearest() throws IOException {
    String content = fixtureYaml().replace("kind: AGREED", "kind: AGRED");
    Path file = file("unknown-enum.yaml", content);

    Problem problem =
        problemAt(refused(file), "outcomes[0].kind", lineOf(content, "kind: AGRED"), 11);

    assertThat(problem.getMessage())
        .isEqualTo(
            "unknown OutcomeKind 'AGRED'; allowed: AGREED, COMMITTED, PLEDGED,"
                + " REAFFIRMED, CALLED_FOR, RECOMMENDED, PLANNED, CONTINUED, ACKNOWLEDGED, NOTED, DISCUSSED, EMPHASIZED,"
                + " HIGHLIGHTED, PRAISED, STRESSED, EXPRESSED_CONCERN, REITERATED, ADDRESSED,"
                + " UNDERTOOK, WILL, INSTRUCTED, INTENDED, ENCOURAGED, URGED, WELCOMED, RECOGNIZED, STATED");
    assertThat(problem.getSuggestion()).contains("did you mean AGREED?");
    assertThat(problem.toString()).endsWith("STATED; did you mean AGREED?");
  }

  @Test
  void anEnumValueInTheWrongCaseIsRefusedWithTheRightSpelling() throws IOException {
    String content = fixtureYaml().replace("role: GUEST", "role: guest");
    Path file = file("enum-case.yaml", content);

    Problem problem =
        problemAt(refused(file), "participants[1].role", lineOf(content, "role: guest"), 11);

    assertThat(problem.getMessage())
        .isEqualTo("unknown ParticipantRole 'guest'; allowed: HOST, GUEST");
    assertThat(problem.getSuggestion()).contains("did you mean GUEST?");
  }

  @Test
  void aMissingFieldIsReportedAtTheMappingThatLacksIt() throws IOException {
    String content =
        fixtureYaml().replace("    section: border\n    kind: AGREED\n", "    kind: AGREED\n");
    Path file = file("missing-field.yaml", content);

    Problem problem =
        problemAt(
            refused(file),
            "outcomes[0].section",
            lineOf(content, "id: border-patrols"),
            columnOf(content, "id: border-patrols"));

    assertThat(problem.getMessage()).isEqualTo("missing field 'section' of Outcome: add it, text");
  }

  @Test
  void aMissingFieldOfTheRecordIsReportedAtTheTop() throws IOException {
    Path file = file("no-place.yaml", fixtureYaml().replace("place: Ottawa\n", ""));

    Problem problem = problemAt(refused(file), "place", 1, 1);

    assertThat(problem.getMessage())
        .isEqualTo("missing field 'place' of ForumRecord: add it, text");
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatTypeToWrite() throws IOException {
    String content =
        fixtureYaml()
            .replace("      start: 121\n", "      start: soon\n")
            .replace("    named: true\n", "    named: yes please\n")
            .replaceFirst("    parties:\n      - US\n      - CA\n", "    parties: US\n");
    Path file = file("wrong-types.yaml", content);
    InvalidRecordException thrown = refused(file);

    assertThat(
            problemAt(thrown, "outcomes[0].location.start", lineOf(content, "start: soon"), 14)
                .getMessage())
        .isEqualTo("must be a whole number");
    assertThat(
            problemAt(thrown, "instruments[0].named", lineOf(content, "named: yes"), 12)
                .getMessage())
        .isEqualTo("must be true or false");
    assertThat(
            problemAt(thrown, "outcomes[0].parties", lineOf(content, "parties: US"), 14)
                .getMessage())
        .isEqualTo("must be a list of text");
  }

  @Test
  void aDateThatIsNoDateSaysHowToWriteIt() throws IOException {
    String content = fixtureYaml().replace("due: 2025-06-30", "due: end of June");
    Path file = file("due.yaml", content);

    Problem problem = problemAt(refused(file), "outcomes[0].due", lineOf(content, "due: end"), 10);

    assertThat(problem.getMessage()).isEqualTo("must be a date written YYYY-MM-DD");
  }

  // ---- invariants
  // -------------------------------------------------------------------------------------

  @Test
  void aBrokenReferenceIsReportedWithTheKnownIds() throws IOException {
    String content =
        fixtureYaml()
            .replace("section: border\n    kind: AGREED", "section: borders\n    kind: AGREED");
    Path file = file("broken-reference.yaml", content);

    Problem problem =
        problemAt(refused(file), "outcomes[0].section", lineOf(content, "section: borders"), 14);

    assertThat(problem.getMessage())
        .isEqualTo("'borders' is not a section of this record; known: border, information");
  }

  @Test
  void offsetsPastTheEndAreReportedAtTheOffsetWithWhereTheTextIs() throws IOException {
    String content =
        fixtureYaml()
            .replace("      start: 121\n      end: 183\n", "      start: 9121\n      end: 9183\n");
    Path file = file("offsets.yaml", content);

    Problem problem =
        problemAt(refused(file), "outcomes[0].location.end", lineOf(content, "end: 9183"), 12);

    assertThat(problem.getMessage())
        .isEqualTo(
            "is 9183, past the end of the source text ("
                + RecordFixtures.SOURCE_TEXT.length()
                + " characters); the text occurs at start 121, end 183, line 3:"
                + " correct the offsets");
  }

  @Test
  void aWrongLineIsReportedWithTheRightOne() throws IOException {
    String content =
        fixtureYaml().replace("      end: 183\n      line: 3\n", "      end: 183\n      line: 4\n");
    Path file = file("line.yaml", content);

    Problem problem =
        problemAt(refused(file), "outcomes[0].location.line", lineOf(content, "end: 183") + 1, 13);

    assertThat(problem.getMessage()).isEqualTo("offset 121 is on line 3, not 4: set line to 3");
  }

  @Test
  void aFailedInvariantOfANestedValueIsReportedAtItsField() throws IOException {
    String content =
        fixtureYaml()
            .replace(
                "    office: Public Safety Canada\n",
                "    office: Public Safety Canada\n    name: Sam\n");
    Path file = file("contact.yaml", content);

    Problem problem =
        problemAt(
            refused(file), "contacts[0].personalData", lineOf(content, "personalData: false"), 19);

    assertThat(problem.getMessage())
        .isEqualTo("a contact that names a person is personal data: set personalData to true");
  }

  // ---- several at once
  // --------------------------------------------------------------------------------

  @Test
  void everyProblemOfTheShapeIsReportedTogetherInFileOrder() throws IOException {
    String content =
        fixtureYaml()
            .replace("edition: first", "editon: first")
            .replace("kind: NOTED", "kind: NOTD")
            .replace("      start: 184\n", "      start: soon\n")
            .replace("    status: ADOPTED\n", "");
    Path file = file("several.yaml", content);
    InvalidRecordException thrown = refused(file);

    assertThat(thrown.getProblems())
        .extracting(Problem::getPath)
        .containsExactly(
            "editon", "instruments[0].status", "outcomes[1].kind", "outcomes[1].location.start");
    assertThat(thrown.getMessage()).startsWith(file + ": 4 problems\n").hasLineCount(5);
    problemAt(thrown, "outcomes[1].kind", lineOf(content, "kind: NOTD"), 11);
  }

  @Test
  void everyBrokenInvariantIsReportedTogether() throws IOException {
    String content =
        fixtureYaml()
            .replace("section: border\n    kind: AGREED", "section: borders\n    kind: AGREED")
            .replace("      - roadmap-2021\n", "      - roadmap-2020\n")
            .replace("      end: 393\n      line: 5\n", "      end: 393\n      line: 6\n");
    Path file = file("invariants.yaml", content);
    InvalidRecordException thrown = refused(file);

    assertThat(thrown.getProblems())
        .extracting(Problem::getPath)
        .containsExactly(
            "outcomes[0].section", "outcomes[1].instruments[0]", "outcomes[3].location.line");
  }

  // ---- whole files
  // ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# nothing yet\n"})
  void anEmptyYamlFileIsRefused(String content) throws IOException {
    Path file = file("empty.yaml", content);

    Problem problem = problemAt(refused(file), "", 0, 0);

    assertThat(problem.getMessage())
        .isEqualTo("the file is empty: a record is a mapping that starts with id, forum and date");
  }

  @Test
  void anEmptyJsonFileIsRefused() throws IOException {
    Path file = file("empty.json", "");

    assertThat(problemAt(refused(file), "", 0, 0).getMessage()).startsWith("the file is empty");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutParsingIt() throws IOException {
    Path file = file("large.yaml", fixtureYaml());
    long size = Files.size(file);

    InvalidRecordException thrown =
        catchThrowableOfType(
            InvalidRecordException.class, () -> READER.withMaxBytes(size - 1).read(file));

    assertThat(thrown.getFile()).isEqualTo(file.toString());
    assertThat(thrown.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getLine()).isZero();
              assertThat(problem.getPath()).isEmpty();
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "is larger than "
                          + (size - 1)
                          + " bytes, the limit for a record"
                          + " file: split it, or raise the limit with RecordReader.withMaxBytes if the file is trusted");
            });
    assertThat(READER.withMaxBytes(size).read(file))
        .as("a file exactly at the limit")
        .isEqualTo(RecordFixtures.bilateralRecord());
  }

  @Test
  void aStringOverTheSizeLimitIsRefusedToo() {
    InvalidRecordException thrown =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> READER.withMaxBytes(10).read(fixtureYaml(), "pasted", RecordFormat.YAML));

    assertThat(thrown.getMessage())
        .isEqualTo(
            "pasted: 1 problem\n  pasted: is larger than 10 characters, the limit"
                + " for a record file: split it, or raise the limit with RecordReader.withMaxBytes if the file is trusted");
  }

  @Test
  void theSizeLimitMustBePositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> READER.withMaxBytes(0))
        .withMessage("the size limit must be positive, got 0");
  }

  @Test
  void noSizeLimitAtAllStillReadsTheFile() throws IOException {
    // Regression: a limit of Long.MAX_VALUE overflowed, and every file then read as empty.
    Path file = file("unlimited.yaml", fixtureYaml());

    assertThat(READER.withMaxBytes(Long.MAX_VALUE).read(file))
        .isEqualTo(RecordFixtures.bilateralRecord());
  }

  @Test
  void aYamlAliasBombIsRefusedQuicklyWithoutExpandingIt() throws IOException {
    // "Billion laughs": nine levels of nine aliases would expand to 9^9 strings.
    StringBuilder bomb =
        new StringBuilder("a: &a [")
            .append(String.join(",", Collections.nCopies(9, "\"lol\"")))
            .append("]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      bomb.append(level)
          .append(": &")
          .append(level)
          .append(" [")
          .append(String.join(",", Collections.nCopies(9, "*" + previous)))
          .append("]\n");
    }
    Path file = file("bomb.yaml", bomb.toString());

    InvalidRecordException thrown =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(file));

    Problem first = problemAt(thrown, "b[0]", 2, 8);
    assertThat(first.getMessage())
        .isEqualTo(
            "YAML aliases (*a) are not allowed in record files: write the value out in full");
    assertThat(thrown.getProblems())
        .filteredOn(p -> p.getMessage().startsWith("YAML aliases"))
        .hasSize(8 * 9);
  }

  @Test
  void anAliasIsRefusedEvenWhereItsValueWouldFit() throws IOException {
    String content =
        fixtureYaml()
            .replace("forum: Test Forum", "forum: &name Test Forum")
            .replace("place: Ottawa", "place: *name");
    Path file = file("alias.yaml", content);

    InvalidRecordException thrown = refused(file);

    assertThat(thrown.getProblems())
        .anySatisfy(
            problem -> {
              assertThat(problem.getPath()).isEqualTo("place");
              assertThat(problem.getLine()).isEqualTo(lineOf(content, "place: *name"));
              assertThat(problem.getColumn()).isEqualTo(8);
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "YAML aliases (*name) are not allowed in record files: write the value out in full");
            });
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheirLineAndByte() throws IOException {
    String text = fixtureYaml().replace("Ottawa", "Montréal");
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(directory.resolve("latin1.yaml"), latin1);
    int offset = text.indexOf('é');
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    int column = offset - text.lastIndexOf('\n', offset - 1);

    Problem problem = problemAt(refused(file), "", line, column);

    assertThat(problem.getMessage())
        .isEqualTo(
            "is not valid UTF-8: byte 0xE9 at offset "
                + offset
                + " (column counted in bytes); save the file as UTF-8");
  }

  @Test
  void aUtf8ByteOrderMarkIsNotContent() throws IOException {
    // Regression: the JSON parser refused a file saved as "UTF-8 with BOM", while YAML accepted it.
    for (RecordFormat format : RecordFormat.values()) {
      String written = RecordWriter.write(RecordFixtures.bilateralRecord(), format);
      Path file = file("bom." + format.name().toLowerCase(Locale.ROOT), "\uFEFF" + written);

      assertThat(READER.read(file)).as("%s", format).isEqualTo(RecordFixtures.bilateralRecord());
    }
  }

  @Test
  void aFileWithAnUnknownExtensionIsRefusedWithTheOnesToUse() throws IOException {
    Path file = file("record.txt", fixtureYaml());

    Problem problem = problemAt(refused(file), "", 0, 0);

    assertThat(problem.getMessage())
        .isEqualTo("unknown file extension: name the file .yaml, .yml or .json");
  }

  @Test
  void aMissingFileIsRefused() {
    Path file = directory.resolve("absent.yaml");

    Problem problem = problemAt(refused(file), "", 0, 0);

    assertThat(problem.getMessage()).isEqualTo("no such file: check the path");
  }

  @Test
  void aDirectoryIsRefusedAsUnreadable() throws IOException {
    Path file = Files.createDirectory(directory.resolve("folder.yaml"));

    assertThat(problemAt(refused(file), "", 0, 0).getMessage()).startsWith("is a folder");
  }

  @Test
  void aStreamIsNamedAsTheCallerSays() {
    byte[] bytes =
        fixtureYaml().replace("kind: AGREED", "kind: AGRED").getBytes(StandardCharsets.UTF_8);

    InvalidRecordException thrown =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> READER.read(new ByteArrayInputStream(bytes), "upload #7", RecordFormat.YAML));

    assertThat(thrown.getFile()).isEqualTo("upload #7");
    assertThat(thrown.getProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.getFile()).isEqualTo("upload #7"));
  }

  @Test
  void aFileNestedTooDeeplyIsRefused() throws IOException {
    Path file = file("deep.json", "{\"id\": " + "[".repeat(200) + "]".repeat(200) + "}");

    assertThat(refused(file).getMessage()).contains("nesting depth");
  }

  @Test
  void onlyModelTypesCanBeRead() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ValueReader.create().read("x: 1", "x.yaml", RecordFormat.YAML, Map.class))
        .withMessage("java.util.Map is not a model value type");
  }

  @Test
  void theValidFixtureReadsWithoutProblems() throws IOException {
    // The control for every test above: unchanged, the file is accepted.
    ForumRecord read = READER.read(file("valid.yaml", fixtureYaml()));

    assertThat(read).isEqualTo(RecordFixtures.bilateralRecord());
  }
}
