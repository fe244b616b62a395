package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.OutcomeTagger;
import io.github.cbcf.text.StatementReader;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a statement's text against reading the equivalent YAML record, in the same run: the
 * seed's text ({@code importSeed}, with the lexicon; {@code importSeedUntagged}, without) against
 * its hand-encoded record ({@code readRecord}), and a statement of about one megabyte ({@code
 * importMegabyte}: the seed's body repeated) for throughput. Files are read from disk in every
 * call, as the command line does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class ImportBenchmark {
  /** About one megabyte of statement text. */
  static final int MEGABYTE = 1_000_000;

  private Path folder;
  private Path seed;
  private Path record;
  private Path megabyte;
  private StatementReader untagged;

  /** Writes the inputs to a temporary folder, outside the measurement. */
  @Setup
  public void prepare() throws IOException {
    folder = Files.createTempDirectory("cbcf-import-benchmark");
    String text = resource("seed-cbcf-2024.txt");
    seed = Files.writeString(folder.resolve("seed.txt"), text);
    record = Files.writeString(folder.resolve("cbcf-2024.yaml"), resource("cbcf-2024.yaml"));
    megabyte = Files.writeString(folder.resolve("megabyte.txt"), repeatedBody(text, MEGABYTE));
    untagged = Statements.builder().tagger(OutcomeTagger.NONE).build();
  }

  /** Removes the temporary files. */
  @TearDown
  public void clean() throws IOException {
    for (Path file : new Path[] {seed, record, megabyte}) {
      Files.deleteIfExists(file);
    }
    Files.deleteIfExists(folder);
  }

  /**
   * The seed's statement body (without its contacts block) repeated until it is at least {@code
   * size} characters: a long statement with many sections, as a year's worth of readouts would
   * give.
   */
  static String repeatedBody(String seedText, int size) {
    int contacts = seedText.indexOf("\nContacts:");
    String body = (contacts < 0 ? seedText : seedText.substring(0, contacts)) + "\n";
    StringBuilder out = new StringBuilder(size + body.length());
    while (out.length() < size) {
      out.append(body);
    }
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ImportBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is not on the classpath: build cbcf-benchmarks with Maven");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the hand-encoded 2024 record, read from YAML: the baseline
   */
  @Benchmark
  public ForumRecord readRecord() {
    return RecordReader.create().read(record);
  }

  /**
   * @return the seed's text imported with the built-in lexicon
   */
  @Benchmark
  public ImportResult importSeed() {
    return Statements.read(seed);
  }

  /**
   * @return the seed's text imported without tagging subjects and qualifiers
   */
  @Benchmark
  public ImportResult importSeedUntagged() {
    return untagged.read(seed);
  }

  /**
   * @return about a megabyte of statement text imported with the built-in lexicon
   */
  @Benchmark
  public ImportResult importMegabyte() {
    return Statements.read(megabyte);
  }
}
