package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.model.io.RecordWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
  @TempDir Path dir;

  @Test
  void theDraftWrittenAsYamlIsReadBackUnchangedWithItsEvidence() {
    ForumRecord draft = Statements.read(SeedImportTest.SEED).getRecord();
    Path file = dir.resolve("draft.yaml");
    RecordWriter.write(draft, file);

    ForumRecord read = RecordReader.create().read(file);

    assertThat(read).isEqualTo(draft);
    assertThat(read.getOutcomes().get(0).getEvidence()).isNotEmpty();
  }

  @Test
  void theDraftWrittenAsJsonIsReadBackUnchanged() {
    ForumRecord draft = Statements.read(SeedImportTest.SEED).getRecord();
    Path file = dir.resolve("draft.json");
    RecordWriter.write(draft, file);

    assertThat(RecordReader.create().read(file)).isEqualTo(draft);
  }
}
