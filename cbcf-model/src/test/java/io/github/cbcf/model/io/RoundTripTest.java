package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.RecordFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writing then reading gives an equal value; writing is byte-stable; the shipped example survives
 * unchanged.
 */
class RoundTripTest {
  /** The shipped example, relative to this module's directory, where Maven runs the tests. */
  static final Path EXAMPLE = Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml");

  private static final RecordReader READER = RecordReader.create();

  @TempDir Path directory;

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void theBilateralFixtureReadsBackEqual(RecordFormat format) {
    ForumRecord record = RecordFixtures.bilateralRecord();
    String written = RecordWriter.write(record, format);

    assertThat(READER.read(written, "fixture", format)).isEqualTo(record);
    assertThat(RecordWriter.write(record, format)).as("written twice").isEqualTo(written);
  }

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void theMinimalFixtureLeavesOutEmptyListsAndAbsentOptionals(RecordFormat format) {
    ForumRecord record = RecordFixtures.minimalRecord();
    String written = RecordWriter.write(record, format);

    assertThat(written)
        .doesNotContain("outcomes", "sections", "edition", "publisher", "subjects")
        .endsWith("\n");
    assertThat(READER.read(written, "minimal", format)).isEqualTo(record);
  }

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void theShippedExampleReadsBackEqualInEitherFormat(RecordFormat format) {
    ForumRecord example = READER.read(EXAMPLE);
    String written = RecordWriter.write(example, format);

    assertThat(READER.read(written, "example", format)).isEqualTo(example);
    assertThat(RecordWriter.write(example, format)).as("written twice").isEqualTo(written);
  }

  @Test
  void readingTheShippedYamlThenWritingItGivesTheFileByteForByte() throws IOException {
    byte[] file = Files.readAllBytes(EXAMPLE);

    String written = RecordWriter.write(READER.read(EXAMPLE), RecordFormat.YAML);

    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
  }

  @Test
  void theShippedExampleHoldsWhatTheStatementSays() {
    ForumRecord example = READER.read(EXAMPLE);

    assertThat(example.getId()).isEqualTo("cbcf-2024");
    assertThat(example.getParties()).hasSize(2);
    assertThat(example.getOutcomes()).hasSize(25);
    assertThat(example.getOutcomes())
        .filteredOn(Outcome::isBinding)
        .extracting(Outcome::getId)
        .contains("fi-elections-joint-work", "le-information-sharing-direction", "oc-hate-pledge");
  }

  @Test
  void derivedPropertiesStayOutOfFiles() {
    String written = RecordWriter.write(RecordFixtures.bilateralRecord(), RecordFormat.YAML);

    assertThat(written).doesNotContain("binding:", "strength:", "year:", "specificSafeguard:");
  }

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void aPartOfARecordRoundTripsOnItsOwn(RecordFormat format) {
    Outcome outcome = RecordFixtures.firearmsSharing();

    String written = RecordWriter.write(outcome, format);

    assertThat(ValueReader.create().read(written, "outcome", format, Outcome.class))
        .isEqualTo(outcome);
  }

  @Test
  void aFileIsWrittenInTheFormatItsExtensionNames() throws IOException {
    ForumRecord record = RecordFixtures.bilateralRecord();
    for (String name : new String[] {"record.json", "record.yaml", "record.YML"}) {
      Path file = directory.resolve(name);

      RecordWriter.write(record, file);

      assertThat(READER.read(file)).as(name).isEqualTo(record);
      assertThat(Files.readString(file))
          .as(name)
          .startsWith(name.endsWith(".json") ? "{" : "id: test-2024");
    }
  }

  @Test
  void writingToAFileWithAnUnknownExtensionIsRefused() {
    Path file = directory.resolve("record.txt");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> RecordWriter.write(RecordFixtures.minimalRecord(), file))
        .withMessage(file + ": unknown file extension: name the file .yaml, .yml or .json");
    assertThat(file).doesNotExist();
  }

  @Test
  void aJsonLineIsOneLineThatReadsAsTheSameRecord() {
    String line = RecordWriter.writeLine(RecordFixtures.bilateralRecord());

    assertThat(line).endsWith("\n");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n", "\r");
    assertThat(READER.read(line, "line", RecordFormat.JSON))
        .isEqualTo(RecordFixtures.bilateralRecord());
  }

  @Test
  void aStreamReadsAsTheSameRecord() {
    byte[] bytes =
        RecordWriter.write(RecordFixtures.bilateralRecord(), RecordFormat.JSON)
            .getBytes(StandardCharsets.UTF_8);

    assertThat(READER.read(new ByteArrayInputStream(bytes), "stream", RecordFormat.JSON))
        .isEqualTo(RecordFixtures.bilateralRecord());
  }

  @Test
  void theFormatFollowsTheExtensionWhateverItsCase() {
    assertThat(RecordFormat.ofFileName("a.yaml")).contains(RecordFormat.YAML);
    assertThat(RecordFormat.ofFileName("dir/a.YML")).contains(RecordFormat.YAML);
    assertThat(RecordFormat.ofFileName("a.Json")).contains(RecordFormat.JSON);
    assertThat(RecordFormat.ofFileName("a.yaml.txt")).isEmpty();
    assertThat(RecordFormat.ofFileName("yaml")).isEmpty();
  }
}
