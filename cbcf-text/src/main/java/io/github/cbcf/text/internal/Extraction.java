package io.github.cbcf.text.internal;

import io.github.cbcf.text.StatementException;
import io.github.cbcf.text.StatementFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a statement file into plain text, refusing what is not a statement with one line saying
 * what to do.
 */
public final class Extraction {
  private static final Set<String> DROPPED =
      Set.of(
          "nav",
          "header",
          "footer",
          "script",
          "style",
          "noscript",
          "aside",
          "form",
          "iframe",
          "svg",
          "button",
          "template",
          "menu",
          "select");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "br",
          "tr",
          "table",
          "blockquote",
          "dd",
          "dt",
          "dl",
          "address",
          "pre",
          "figcaption",
          "hr",
          "body");

  private Extraction() {}

  /**
   * Extracts a statement's text.
   *
   * @param file the statement
   * @param format its format
   * @param maxBytes the largest file accepted
   * @return the text and what the markup said
   * @throws StatementException when the file is not a statement the import can read
   */
  public static Extracted extract(Path file, StatementFormat format, long maxBytes) {
    byte[] bytes = readBytes(file, maxBytes);
    if (bytes.length == 0) {
      throw new StatementException(file, "the file is empty; give the statement's text");
    }
    Extracted extracted;
    if (format == StatementFormat.PDF) {
      extracted = pdf(file, bytes);
    } else {
      String decoded = decode(file, bytes);
      if (decoded.isBlank()) {
        throw new StatementException(
            file, "the file holds only whitespace; give the statement's text");
      }
      extracted =
          format == StatementFormat.HTML
              ? html(file, decoded)
              : format == StatementFormat.MARKDOWN ? markdown(decoded) : plain(decoded);
    }
    if (extracted.text.isBlank()) {
      throw new StatementException(
          file,
          format == StatementFormat.HTML
              ? "the page has no statement text once navigation, headers, footers, scripts and styles are dropped;"
                  + " save the statement's own page, or copy its text into a .txt file"
              : "no text was found; give the statement's text");
    }
    return extracted;
  }

  private static byte[] readBytes(Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new StatementException(
            file,
            "the file is "
                + size
                + " bytes, over the limit of "
                + maxBytes
                + " bytes; give the statement alone, not a collection of documents");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new StatementException(
          file,
          "cannot be read (" + e.getMessage() + "); check the path and its" + " permissions",
          e);
    }
  }

  private static String decode(Path file, byte[] bytes) {
    int control = 0;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        control = Integer.MAX_VALUE;
        break;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control > Math.max(2, Math.min(bytes.length, 8192) / 100)) {
      throw new StatementException(
          file, "holds binary data, not text; give the statement as .txt, .md, .html" + " or .pdf");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1;
      int column = 1;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new StatementException(
          file,
          line
              + ":"
              + column
              + ": the text is not UTF-8 (byte 0x"
              + Integer.toHexString(bytes[in.position()] & 0xff)
              + "); save the file as UTF-8, for example with"
              + " iconv -f windows-1252 -t utf-8");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return normaliseLineEnds(text);
  }

  static String normaliseLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Extracted plain(String text) {
    return new Extracted(text, null, StatementFormat.TEXT, null, null);
  }

  /**
   * Markdown: headings lose their {@code #}, emphasis and link markup are dropped, one output line
   * per line.
   */
  private static Extracted markdown(String source) {
    StringBuilder out = new StringBuilder(source.length());
    List<Integer> headings = new ArrayList<>();
    String title = null;
    String[] lines = source.split("\n", -1);
    boolean fenced = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (n > 0) {
        out.append('\n');
      }
      String trimmed = line.strip();
      if (trimmed.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      int hashes = 0;
      while (hashes < trimmed.length() && trimmed.charAt(hashes) == '#') {
        hashes++;
      }
      if (hashes > 0 && hashes <= 6 && trimmed.length() > hashes && trimmed.charAt(hashes) == ' ') {
        String heading = inline(trimmed.substring(hashes + 1).replaceAll("\\s#+$", "").strip());
        if (hashes == 1 && title == null) {
          title = heading;
        }
        headings.add(out.length());
        out.append(heading);
        continue;
      }
      if (trimmed.matches("[-*_=]{3,}")) {
        continue;
      }
      String body = trimmed.replaceFirst("^([-*+]|\\d+[.)])\\s+", "").replaceFirst("^>\\s?", "");
      out.append(inline(body));
    }
    return new Extracted(out.toString(), title, StatementFormat.MARKDOWN, headings, null);
  }

  private static String inline(String text) {
    return text.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
        .replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "$1")
        .replace("`", "");
  }

  private static Extracted html(Path file, String source) {
    Document document = Jsoup.parse(source);
    String title = document.title().isBlank() ? null : document.title().strip();
    document.select(String.join(",", DROPPED)).remove();
    document
        .select("[role=navigation],[role=banner],[role=contentinfo],[aria-hidden=true]")
        .remove();
    Element root = document.selectFirst("main, [role=main], article");
    if (root == null) {
      root = document.body();
    }
    StringBuilder out = new StringBuilder();
    List<Integer> headings = new ArrayList<>();
    walk(root, out, headings);
    String text =
        out.toString().replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    // Heading offsets were taken before trimming: find them again in the final text.
    List<Integer> located = new ArrayList<>();
    for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
      String words = h.text().strip();
      if (words.isEmpty()) {
        continue;
      }
      int from = located.isEmpty() ? 0 : located.get(located.size() - 1) + 1;
      int at = text.indexOf(words, from);
      if (at >= 0) {
        located.add(at);
      }
    }
    if (title == null) {
      Element h1 = root.selectFirst("h1");
      title = h1 == null ? null : h1.text().strip();
    }
    String date = null;
    Element meta =
        document.selectFirst(
            "meta[property=article:published_time], meta[name=dcterms.issued],"
                + " meta[name=dcterms.date], meta[name=date], meta[itemprop=datePublished]");
    if (meta != null && meta.attr("content").matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
      date = meta.attr("content").replaceFirst("^(\\d{4}(-\\d{2}(-\\d{2})?)?).*", "$1");
    }
    return new Extracted(text, title, StatementFormat.HTML, located, date);
  }

  private static void walk(Node node, StringBuilder out, List<Integer> headings) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode) {
        String words = ((TextNode) child).text().replaceAll("\\s+", " ");
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
          words = words.stripLeading();
        }
        out.append(words);
      } else if (child instanceof Element) {
        Element element = (Element) child;
        boolean block = BLOCKS.contains(element.normalName());
        if (block) {
          newLine(out);
        }
        walk(element, out, headings);
        if (block) {
          newLine(out);
        }
      }
    }
  }

  private static void newLine(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static Extracted pdf(Path file, byte[] bytes) {
    if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      throw new StatementException(
          file,
          "is not a PDF file (it does not start with %PDF-); give the statement"
              + " as .pdf, .txt, .md or .html");
    }
    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphStart("");
      stripper.setParagraphEnd("");
      stripper.setPageEnd("\n");
      String text =
          normaliseLineEnds(stripper.getText(document)).replaceAll("[ \\t]+\\n", "\n").strip();
      if (text.isBlank()) {
        throw new StatementException(
            file,
            "the PDF has no text layer (it may be a scanned image); run OCR on it"
                + " or give the statement's text as .txt");
      }
      String title = document.getDocumentInformation().getTitle();
      Calendar created = document.getDocumentInformation().getCreationDate();
      String date =
          created == null
              ? null
              : String.format(
                  "%04d-%02d-%02d",
                  created.get(Calendar.YEAR),
                  created.get(Calendar.MONTH) + 1,
                  created.get(Calendar.DAY_OF_MONTH));
      return new Extracted(
          text,
          title == null || title.isBlank() ? null : title.strip(),
          StatementFormat.PDF,
          null,
          date);
    } catch (IOException e) {
      throw new StatementException(
          file,
          "the PDF cannot be read ("
              + e.getMessage()
              + "); check that the file"
              + " is a complete PDF",
          e);
    }
  }
}
