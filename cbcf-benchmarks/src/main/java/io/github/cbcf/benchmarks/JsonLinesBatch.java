package io.github.cbcf.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a JSON Lines file of generated meetings, one record a line, for the streaming run of the
 * command line ({@code streaming.sh}). Meetings are generated and written one at a time, so the
 * file may be far larger than this program's heap.
 *
 * <pre>
 * java -cp cbcf-benchmarks/target/benchmarks.jar io.github.cbcf.benchmarks.JsonLinesBatch \
 *     OUTCOMES FILE
 * </pre>
 */
public final class JsonLinesBatch {
  private JsonLinesBatch() {}

  /**
   * @param args how many outcomes in all, and the file to write
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long outcomes = Long.parseLong(args[0]);
    Path file = Path.of(args[1]);
    ObjectMapper json = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(Meetings.SEED);
    int meetings = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long left = outcomes; left > 0; ) {
        int size =
            (int)
                Math.min(
                    left,
                    Meetings.MIN_OUTCOMES
                        + random.nextInt(Meetings.MAX_OUTCOMES - Meetings.MIN_OUTCOMES + 1));
        ForumRecord record = Meetings.renamed(RecordGenerator.record(random, size), meetings++);
        // The writer indents; one record must take one line.
        out.write(json.readTree(RecordWriter.write(record, RecordFormat.JSON)).toString());
        out.newLine();
        left -= size;
      }
    }
    System.out.println(
        meetings + " meetings, " + outcomes + " outcomes, " + Files.size(file) + " bytes");
  }
}
