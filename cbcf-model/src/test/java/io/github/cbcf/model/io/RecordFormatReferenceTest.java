package io.github.cbcf.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cbcf.model.Subjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed record reference and JSON Schema are the ones the model generates: a changed model
 * without a regenerated reference fails here. Rewrite both with {@code -Dcbcf.updateDocs=true},
 * then review the diff.
 */
class RecordFormatReferenceTest {
  private static final boolean UPDATE = Boolean.getBoolean("cbcf.updateDocs");
  private static final Path DOC = Path.of("..", "docs", "record-format.md");
  private static final Path SCHEMA =
      Path.of("src", "main", "resources", RecordFormatReference.SCHEMA_RESOURCE);
  private static final Path RECORD_2024 =
      Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml");

  @Test
  void everyFieldOfEveryRecordTypeIsDescribed() {
    assertThat(RecordFormatReference.types())
        .extracting(Class::getSimpleName)
        .startsWith("ForumRecord")
        .contains("Outcome", "Qualifier", "SourceSpan", "Evidence");
    assertThat(RecordFormatReference.undescribedFields())
        .as("fields without a line in record-fields.properties")
        .isEmpty();
  }

  @Test
  void theCommittedReferenceIsTheGeneratedOne() throws IOException {
    String generated = RecordFormatReference.markdown();
    if (UPDATE) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .contains("| `orientation` |")
        .contains("| `data.biometrics` | Biometric data |");
    Subjects.builtIn().forEach(s -> assertThat(generated).contains("`" + s.getCode() + "`"));
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(DOC + " is stale: regenerate it")
        .isEqualTo(generated);
  }

  @Test
  void theCommittedSchemaIsTheGeneratedOneAndShipsInTheJar() throws IOException {
    String generated = RecordFormatReference.jsonSchema();
    if (UPDATE) {
      Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
        .as(SCHEMA + " is stale: regenerate it")
        .isEqualTo(generated);
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(RecordFormatReference.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema on the classpath").isNotNull();
    }
  }

  @Test
  void theBundledRecordMeetsTheSchemaAndAMistypedFieldDoesNot() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(RecordFormatReference.jsonSchema(), InputFormat.JSON);
    String record = Files.readString(RECORD_2024, StandardCharsets.UTF_8);

    assertThat(schema.validate(record, InputFormat.YAML)).as("errors in cbcf-2024.yaml").isEmpty();

    List<Error> errors =
        schema.validate(record.replaceFirst("(?m)^forum:", "forumm:"), InputFormat.YAML);
    assertThat(errors)
        .extracting(Error::getMessage)
        .anySatisfy(m -> assertThat(m).contains("forumm"))
        .anySatisfy(m -> assertThat(m).contains("forum"));
  }
}
