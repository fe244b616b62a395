package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one line: the file, what is wrong, and what to do. */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void anEmptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.txt"));
    assertRefused(file, "the file is empty; give the statement's text");
  }

  @Test
  void aFileOfWhitespace() {
    Path file = StatementFiles.text(dir, "blank.txt", "  \n\t\n   \n");
    assertRefused(file, "the file holds only whitespace; give the statement's text");
  }

  @Test
  void aBinaryFile() throws IOException {
    Path file =
        Files.write(
            dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertRefused(
        file, "holds binary data, not text; give the statement as .txt, .md, .html or .pdf");
  }

  @Test
  void textThatIsNotUtf8IsRefusedAtItsLineAndColumn() throws IOException {
    byte[] latin1 =
        "The Ministers agreed.\nCanada\u2019s caf\u00e9 policy".getBytes("windows-1252");
    Path file = Files.write(dir.resolve("latin1.txt"), latin1);
    assertRefused(
        file,
        "2:7: the text is not UTF-8 (byte 0x92); save the file as UTF-8, for example with iconv"
            + " -f windows-1252 -t utf-8");
  }

  @Test
  void aPdfWithoutATextLayer() {
    Path file = StatementFiles.pdfWithoutText(dir);
    assertRefused(
        file,
        "the PDF has no text layer (it may be a scanned image); run OCR on it or give the"
            + " statement's text as .txt");
  }

  @Test
  void aFileNamedPdfThatIsNotOne() {
    Path file = StatementFiles.text(dir, "fake.pdf", "The Ministers agreed.");
    assertRefused(
        file,
        "is not a PDF file (it does not start with %PDF-); give the statement as .pdf, .txt, .md"
            + " or .html");
  }

  @Test
  void anHtmlPageWithNoStatementBody() {
    Path file =
        StatementFiles.text(
            dir,
            "page.html",
            "<html><head><title>News</title><script>var a = 1;</script>"
                + "</head><body><nav><a href='/'>Home</a></nav><footer>Copyright</footer></body></html>");
    assertRefused(
        file,
        "the page has no statement text once navigation, headers, footers, scripts and styles are"
            + " dropped; save the statement's own page, or copy its text into a .txt file");
  }

  @Test
  void aFileOverTheSizeLimit() throws IOException {
    Path file =
        StatementFiles.text(dir, "big.txt", "The Ministers agreed to cooperate. ".repeat(40));
    StatementReader reader = Statements.builder().maxBytes(1000).build();
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(StatementException.class)
        .hasMessage(
            file
                + ": the file is "
                + Files.size(file)
                + " bytes, over the limit of 1000 bytes; give the"
                + " statement alone, not a collection of documents");
  }

  @Test
  void theDefaultLimitIsTheRecordReadersEightMebibytes() {
    assertThat(StatementReader.DEFAULT_MAX_BYTES)
        .isEqualTo(io.github.cbcf.model.io.RecordReader.DEFAULT_MAX_BYTES)
        .isEqualTo(8L * 1024 * 1024);
  }

  @Test
  void aStatementInALanguageTheImportDoesNotCover() {
    Path file =
        StatementFiles.text(
            dir,
            "de.txt",
            "Die Minister der Vereinigten Staaten und Kanadas haben sich"
                + " auf eine engere Zusammenarbeit bei der Bekämpfung der grenzüberschreitenden Kriminalität geeinigt. Sie"
                + " werden den Austausch von Informationen mit den Behörden verstärken, die für die Sicherheit der Grenze"
                + " zuständig sind.");
    assertRefused(
        file,
        "the statement looks German (de), a language the import does not cover; it reads English"
            + " (en) and French (fr) statements: import a translation, or give --language if the guess is wrong");
  }

  @Test
  void aFileTheImportDoesNotRead() {
    Path file = StatementFiles.text(dir, "record.docx", "The Ministers agreed.");
    assertRefused(
        file,
        "is not a statement file the import reads; give a .txt, .md, .html, .htm or .pdf file");
  }

  @Test
  void aStatementThatNamesNoPartyAsksForThem() {
    Path file =
        StatementFiles.text(dir, "noparty.txt", "The Ministers agreed to meet again next year.\n");
    assertRefused(
        file,
        "no party (country) could be found in the statement; give the parties with --party, for"
            + " example --party US --party CA");
    assertThat(Statements.builder().parties("US", "MX").build().read(file).getRecord().getParties())
        .extracting(p -> p.getCode())
        .containsExactly("US", "MX");
  }

  private static void assertRefused(Path file, String problem) {
    assertThatThrownBy(() -> Statements.read(file))
        .isInstanceOf(StatementException.class)
        .hasMessage(file + ": " + problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
