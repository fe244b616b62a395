package io.github.cbcf.rules;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import java.nio.file.Path;

/**
 * The records shipped in cbcf-examples, read once; tests run with the module folder as working
 * directory.
 */
public final class ExampleRecords {
  /** Where the 2024 record lives, seen from this module. */
  public static final Path CBCF_2024 = Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml");

  private static final class Loaded {
    static final ForumRecord CBCF_2024_RECORD = RecordReader.create().read(CBCF_2024);
  }

  private ExampleRecords() {}

  /**
   * @return the July 2024 meeting, as encoded in cbcf-examples
   */
  public static ForumRecord cbcf2024() {
    return Loaded.CBCF_2024_RECORD;
  }
}
