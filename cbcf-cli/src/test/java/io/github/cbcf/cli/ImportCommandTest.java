package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.text.Statements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  static final String SEED =
      "../cbcf-text/src/test/resources/io/github/cbcf/text/seed-cbcf-2024.txt";

  @TempDir Path dir;

  @Test
  void importWritesADraftThatValidatesUnchanged() {
    Path draft = dir.resolve("draft.yaml");
    CliRun run = CliRun.of("import", SEED, "-o", draft.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    ForumRecord written = RecordReader.create().read(draft);
    assertThat(written).isEqualTo(Statements.read(Path.of(SEED)).getRecord());
    assertThat(run.err()).contains("draft record written").contains("no meeting date");
    CliRun validate = CliRun.of("validate", draft.toString());
    assertThat(validate.exitCode()).as(validate.err() + validate.out()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void withoutOutputTheDraftGoesToStandardOutput() {
    CliRun run = CliRun.of("import", "--date", "2024-07", SEED);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("id: seed-cbcf-2024").contains("date: 2024-07\n");
  }

  @Test
  void badInputIsOneLineExitTwoAndNoFile() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path draft = dir.resolve("draft.yaml");
    CliRun run = CliRun.of("import", empty.toString(), "-o", draft.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            empty + ": the file is empty; give the statement's text" + System.lineSeparator());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("empty.txt");
    }
  }

  @Test
  void anExistingOutputIsKeptUnlessForced() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.yaml"), "my edits\n");
    CliRun run = CliRun.of("import", SEED, "-o", draft.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(draft)).isEqualTo("my edits\n");
    assertThat(CliRun.of("import", SEED, "-o", draft.toString(), "--force").exitCode())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(draft)).startsWith("id: seed-cbcf-2024");
  }

  @Test
  void reviewImportsAStatementThenReviewsIt() {
    CliRun run = CliRun.of("review", "--color", "never", SEED);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("CBCF-INFO-001")
        .contains("CBCF-ACCESS-001")
        .contains("It is not legal advice");
  }
}
