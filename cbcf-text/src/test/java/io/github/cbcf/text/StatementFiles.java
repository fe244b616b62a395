package io.github.cbcf.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes statements in each format for the tests: text, Markdown, HTML and PDF made with PDFBox.
 */
final class StatementFiles {
  private StatementFiles() {}

  static String seedText() {
    try {
      return Files.readString(SeedImportTest.SEED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path text(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed as Markdown: headings get {@code ##}, paragraphs a blank line between them. */
  static Path markdown(Path dir, List<String> headings) {
    StringBuilder out = new StringBuilder("# Joint statement\n\n");
    for (String line : seedText().split("\n")) {
      out.append(headings.contains(line) ? "## " + line : line).append("\n\n");
    }
    return text(dir, "seed.md", out.toString());
  }

  /**
   * The seed as a saved press-release page, with navigation, a script and a footer around the
   * statement.
   */
  static Path html(Path dir, List<String> headings) {
    StringBuilder out =
        new StringBuilder(
            "<!DOCTYPE html><html><head><title>Joint statement</title>"
                + "<style>p { color: red }</style><script>var tracking = 'Ministers agreed to nothing';</script></head>"
                + "<body><header><a href='/'>Home</a> | <a href='/news'>News</a></header>"
                + "<nav><ul><li>Menu item</li><li>Another item</li></ul></nav><main><h1>Joint statement</h1>");
    for (String line : seedText().split("\n")) {
      String escaped = line.replace("&", "&amp;").replace("<", "&lt;");
      out.append(headings.contains(line) ? "<h2>" + escaped + "</h2>" : "<p>" + escaped + "</p>")
          .append('\n');
    }
    out.append("</main><footer>Terms and conditions. Privacy.</footer></body></html>");
    return text(dir, "seed.html", out.toString());
  }

  /**
   * A PDF with a text layer: each line of the text wrapped at about 90 characters, as PDF pages lay
   * text out.
   */
  static Path pdf(Path dir, String name, String content) {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = helvetica();
      PDPage page = null;
      PDPageContentStream stream = null;
      float y = 0;
      for (String line : content.split("\n")) {
        for (String part : wrap(line, 90)) {
          if (stream == null || y < 60) {
            if (stream != null) {
              stream.endText();
              stream.close();
            }
            page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            stream.beginText();
            stream.setFont(font, 10);
            stream.setLeading(14);
            stream.newLineAtOffset(50, 740);
            y = 740;
          }
          stream.showText(part);
          stream.newLine();
          y -= 14;
        }
        stream.newLine();
        y -= 14;
      }
      if (stream != null) {
        stream.endText();
        stream.close();
      }
      document.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A PDF whose only page holds a drawn rectangle and no text, like a scan. */
  static Path pdfWithoutText(Path dir) {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.addRect(100, 100, 200, 300);
        stream.fill();
      }
      document.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  private static List<String> wrap(String line, int width) {
    List<String> parts = new java.util.ArrayList<>();
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      parts.add(rest.substring(0, cut));
      rest = rest.substring(cut + 1);
    }
    parts.add(rest);
    return parts;
  }
}
