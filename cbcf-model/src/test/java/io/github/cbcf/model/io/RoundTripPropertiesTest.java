package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing a valid record and reading it back gives an equal record, in both formats, for arbitrary
 * records from {@link RecordGenerator}. Each try's seed is in its display name; see {@link Seeds}
 * to replay one.
 */
class RoundTripPropertiesTest {
  private static final RecordReader READER = RecordReader.create();

  static LongStream seeds() {
    return Seeds.seeds();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yamlWriteThenReadIsIdentity(long seed) {
    assertWriteThenReadIsIdentity(seed, RecordFormat.YAML);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonWriteThenReadIsIdentity(long seed) {
    assertWriteThenReadIsIdentity(seed, RecordFormat.JSON);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yamlAndJsonHoldTheSameRecord(long seed) {
    ForumRecord record = RecordGenerator.record(new SplittableRandom(seed));
    ForumRecord fromYaml =
        READER.read(RecordWriter.write(record, RecordFormat.YAML), "g.yaml", RecordFormat.YAML);
    String json = RecordWriter.write(fromYaml, RecordFormat.JSON);

    assertThat(READER.read(json, "g.json", RecordFormat.JSON)).isEqualTo(record);
  }

  private static void assertWriteThenReadIsIdentity(long seed, RecordFormat format) {
    ForumRecord record = RecordGenerator.record(new SplittableRandom(seed));
    String written = RecordWriter.write(record, format);

    ForumRecord read = READER.read(written, "generated-" + seed, format);

    assertThat(read).as("read back from %s:%n%s", format, written).isEqualTo(record);
    // Writing is a function of the value: the same bytes again, and again after the read.
    assertThat(RecordWriter.write(record, format)).isEqualTo(written);
    assertThat(RecordWriter.write(read, format)).isEqualTo(written);
  }
}
