package io.github.cbcf.rules.custom;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import java.nio.file.Path;

/** The 2024 forum record shipped with cbcf-examples, read once for these tests. */
final class SeedRecord {
  static final ForumRecord CBCF_2024 =
      RecordReader.create().read(Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml"));

  private SeedRecord() {}

  static Path resource(String path) {
    return Path.of("src", "test", "resources", "custom").resolve(path);
  }
}
