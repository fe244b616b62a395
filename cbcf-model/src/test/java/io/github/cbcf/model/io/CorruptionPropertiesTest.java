package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.generators.Seeds;
import io.github.cbcf.model.io.Corruption.Corrupted;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any single corruption of a valid written record is refused with an {@link InvalidRecordException}
 * that points at it (a line, or the field path where the change was made), in both formats, and
 * never accepted silently nor answered with any other exception. Each try's seed is in its display
 * name; see {@link Seeds} to replay one.
 */
class CorruptionPropertiesTest {
  private static final RecordReader READER = RecordReader.create();

  static Stream<Long> seeds() {
    return Seeds.seeds().boxed();
  }

  /**
   * Every corruption for every seed, in one format: the formats take turns, so that each seed meets
   * both and each corruption meets both across the seeds, at half the cost of trying both every
   * time.
   */
  static Stream<Arguments> seedsAndCorruptions() {
    RecordFormat[] formats = RecordFormat.values();
    return seeds()
        .flatMap(
            seed ->
                Arrays.stream(Corruption.values())
                    .map(
                        c ->
                            Arguments.of(
                                seed,
                                c,
                                formats[
                                    (int)
                                        Math.floorMod(
                                            seed + c.ordinal(), (long) formats.length)])));
  }

  /** Records with at least one outcome: their source text then ends where an outcome ends. */
  private static ForumRecord record(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return RecordGenerator.record(random, 1 + random.nextInt(RecordGenerator.MAX_OUTCOMES));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theUntouchedTreeWrittenBackReadsAsTheSameRecord(long seed) {
    // The control for the corruptions below: parsing to a tree and writing it back changes nothing
    // by itself.
    ForumRecord record = record(seed);
    for (RecordFormat format : RecordFormat.values()) {
      String rewritten = RecordTree.parse(RecordWriter.write(record, format), format).write();

      assertThat(READER.read(rewritten, "rewritten", format)).as("%s", format).isEqualTo(record);
    }
  }

  @ParameterizedTest(name = "seed {0}: {1} in {2}")
  @MethodSource("seedsAndCorruptions")
  void aCorruptedFileIsRefusedWithProblemsThatPointAtIt(
      long seed, Corruption corruption, RecordFormat format) {
    ForumRecord record = record(seed);
    SplittableRandom random = new SplittableRandom(seed ^ corruption.ordinal());
    String source = "corrupted-" + seed + "." + format.name().toLowerCase(Locale.ROOT);
    Corrupted corrupted =
        corruption.apply(record, RecordWriter.write(record, format), format, random);

    Throwable thrown = catchThrowable(() -> READER.read(corrupted.text(), source, format));

    String context =
        "seed " + seed + ", " + format + ", " + corrupted.description() + ":\n" + corrupted.text();
    assertThat(thrown)
        .as("accepted or failed otherwise; %s", context)
        .isExactlyInstanceOf(InvalidRecordException.class);
    InvalidRecordException refused = (InvalidRecordException) thrown;
    assertThat(refused.getFile()).isEqualTo(source);
    assertThat(refused.getProblems())
        .as(context)
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem.getFile()).isEqualTo(source))
        .anySatisfy(
            problem ->
                assertThat(problem.getLine() > 0 || !problem.getPath().isEmpty())
                    .as("points at a line or a field: %s", problem)
                    .isTrue());
    // A syntax problem (no field path) cannot stand before the change: what precedes it is
    // well-formed. Problems
    // of fields can: "{" then "}" is a whole, empty, record that lacks every field.
    assertThat(refused.getProblems())
        .as(context)
        .filteredOn(problem -> problem.getPath().isEmpty())
        .allSatisfy(
            problem ->
                assertThat(problem.getLine())
                    .as("%s", problem)
                    .isGreaterThanOrEqualTo(corrupted.firstPossibleLine()));
    if (corrupted.expectedPath() != null) {
      assertThat(refused.getProblems())
          .as("a problem at %s; %s", corrupted.expectedPath(), context)
          .anySatisfy(
              problem -> {
                assertThat(isAtOrUnder(problem.getPath(), corrupted.expectedPath()))
                    .as("%s", problem)
                    .isTrue();
                assertThat(problem.getLine()).as("%s", problem).isPositive();
              });
    }
  }

  private static boolean isAtOrUnder(String path, String expected) {
    return path.equals(expected)
        || path.startsWith(expected + ".")
        || path.startsWith(expected + "[");
  }
}
