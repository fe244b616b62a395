package io.github.cbcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.model.io.RecordWriter;
import org.junit.jupiter.api.Test;

/**
 * The builder example prints the findings of its small record, and that record is a valid record
 * file.
 */
class ReviewExampleTest {
  @Test
  void printsTheFindingsOfTheRecordItBuilds() {
    String output = StandardOutput.capture(() -> ReviewExample.main(new String[0]));

    assertThat(output.lines())
        .containsExactly(
            "Reviewed 2 outcomes of example-2030: 3 findings",
            "CBCF-ACCESS-001 HIGH Lawful access to communications content -> \"They also discussed lawful access to"
                + " encrypted communications content.\"",
            "CBCF-INFO-001 MEDIUM Information sharing qualified only by domestic law -> \"committed to share"
                + " information on firearms trafficking within each country's laws.\"",
            "CBCF-ACCT-001 INFO Binding outcome with no owner, date or named instrument -> \"committed to share"
                + " information on firearms trafficking within each country's laws.\"",
            "This report flags items that may require review by a qualified lawyer. It is not legal advice, and an item"
                + " without a finding has not been cleared.");
  }

  @Test
  void theBuiltRecordSurvivesAWriteAndARead() {
    ForumRecord record = ReviewExample.exampleRecord();

    String yaml = RecordWriter.write(record, RecordFormat.YAML);

    assertThat(RecordReader.create().read(yaml, "example.yaml", RecordFormat.YAML))
        .isEqualTo(record);
  }
}
