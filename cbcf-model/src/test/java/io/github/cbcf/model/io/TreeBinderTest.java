package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.ModelViolationException;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The binder builds the very value Jackson's data binding builds from the same tree. */
class TreeBinderTest {
  private static final Path EXAMPLES = Path.of("..", "cbcf-examples", "records");

  static Stream<Path> examples() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> records = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(records).hasSizeGreaterThan(10);
      return records.stream();
    }
  }

  static LongStream seeds() {
    return Seeds.seeds();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleRecordBindsAsJacksonBindsIt(Path file) throws Exception {
    String yaml = Files.readString(file);
    assertBindsAsJackson(yaml, RecordFormat.YAML);
    assertBindsAsJackson(
        RecordWriter.write(RecordReader.create().read(file), RecordFormat.JSON), RecordFormat.JSON);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedRecordsBindAsJacksonBindsThem(long seed) throws Exception {
    ForumRecord record = RecordGenerator.record(new SplittableRandom(seed));
    for (RecordFormat format : RecordFormat.values()) {
      ForumRecord bound = assertBindsAsJackson(RecordWriter.write(record, format), format);
      assertThat(bound).isEqualTo(record);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024", "2024.50", "1e3", "-0.0", "12345678901234567890"})
  void numbersWrittenWhereTextGoesBecomeTheTextJacksonMakesOfThem(String number) throws Exception {
    String yaml =
        Files.readString(EXAMPLES.resolve("cbcf-2024.yaml"))
            .replaceFirst("(?m)^id: cbcf-2024$", "id: " + number)
            .replaceFirst("(?m)^edition: .*$", "edition: " + number);
    assertThat(yaml).contains("id: " + number);

    ForumRecord bound = assertBindsAsJackson(yaml, RecordFormat.YAML);

    assertThat(bound.getEdition()).isPresent();
  }

  /** A field Jackson knows by another name. */
  @org.immutables.value.Value.Immutable
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRenamed.class)
  interface Renamed {
    @com.fasterxml.jackson.annotation.JsonProperty("new")
    boolean isFresh();
  }

  @Test
  void aTypeWithAFieldRenamedForJacksonIsLeftToJackson() {
    assertThatThrownBy(() -> TreeBinder.bind(Renamed.class, tree("fresh: true", RecordFormat.YAML)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aValueWhoseChecksFailThrowsWhatItsBuilderThrows() {
    String yaml =
        """
        id: o1
        section: s1
        kind: AGREED
        parties: [US, US]
        text: Agreed.
        location: {start: 0, end: 7, line: 1}
        """;

    assertThatThrownBy(() -> TreeBinder.bind(Outcome.class, tree(yaml, RecordFormat.YAML)))
        .isInstanceOf(ModelViolationException.class)
        .hasMessageContaining("lists a party twice");
  }

  private static ForumRecord assertBindsAsJackson(String content, RecordFormat format)
      throws Exception {
    JsonNode root = tree(content, format);

    Object bound = TreeBinder.bind(ForumRecord.class, root);

    assertThat(bound).isEqualTo(Mappers.JSON.treeToValue(root, ForumRecord.class));
    return (ForumRecord) bound;
  }

  private static JsonNode tree(String content, RecordFormat format) {
    Problems problems = new Problems("test");
    LocatedTree tree = TreeParser.parse(content, format, problems);
    problems.throwIfAny();
    return tree.root();
  }
}
