package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engines underneath (Drools, Apache POI) log nothing to standard error: a broken rule file
 * gets cbcf's one line, not the engines' log lines and stack traces.
 */
class EngineLoggingTest {
  /** Runs the program, catching what anything writes to the process's standard error. */
  private static CliRun runCatchingSystemErr(ByteArrayOutputStream systemErr, String... args) {
    PrintStream saved = System.err;
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    try {
      return CliRun.of(args);
    } finally {
      System.setErr(saved);
    }
  }

  private static Path workbookWithDoctype(Path folder) throws IOException {
    Path workbook = folder.resolve("table.drl.xlsx");
    try (OutputStream file = Files.newOutputStream(workbook);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY a \"b\">]>"
                  + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "&a;</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return workbook;
  }

  @Test
  void aWorkbookWithADoctypeGetsOneLineAndNoEngineLog(@TempDir Path folder) throws IOException {
    Path workbook = workbookWithDoctype(folder);
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();

    CliRun run =
        runCatchingSystemErr(
            systemErr, "review", "--rules", workbook.toString(), ReviewCommandTest.RECORD);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith(workbook.toString());
    assertThat(systemErr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void compilingRulesLogsNothing() {
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();

    CliRun run =
        runCatchingSystemErr(
            systemErr, "validate", "../cbcf-rules/src/test/resources/custom/house/house-rules.drl");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(systemErr.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
