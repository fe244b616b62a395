package io.github.cbcf.reports;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Neutralises characters that a terminal or a viewer would act on instead of showing: C0 controls,
 * DEL, C1 controls (ESC and CSI among them) and the bidirectional overrides and isolates (U+202A to
 * U+202E, U+2066 to U+2069). Each is shown as a backslash, u and four hex digits (ESC as u001B
 * after the backslash), so that text from a record can neither erase nor forge a line of a report
 * or an error message.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * @param c a character
   * @return whether it is neutralised (tab and line feed included; callers decide whether to keep
   *     them)
   */
  public static boolean isControl(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * For a value shown on one line (a title, an id, a sentence): line breaks and tabs become spaces,
   * every other control character its escape.
   *
   * @param text a value, possibly from an untrusted record
   * @return the value, safe to print on one line
   */
  public static String inline(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
      if (!lineBreak && !isControl(c)) {
        if (shown != null) {
          shown.append(c);
        }
        continue;
      }
      if (shown == null) {
        shown = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (lineBreak) {
        shown.append(' ');
      } else {
        appendEscape(shown, c);
      }
    }
    return shown == null ? text : shown.toString();
  }

  /**
   * For free text such as an error message: line feeds, tabs and the carriage return of a CR LF
   * line end are kept, every other control character (a lone carriage return and ESC included)
   * becomes its escape.
   *
   * @param text the text
   * @return the text, safe to print on a terminal
   */
  public static String escape(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || c == '\t' || lineEnd || !isControl(c)) {
        if (shown != null) {
          shown.append(c);
        }
        continue;
      }
      if (shown == null) {
        shown = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      appendEscape(shown, c);
    }
    return shown == null ? text : shown.toString();
  }

  /**
   * A writer that passes everything through {@link #escape(String)}, for standard error.
   *
   * @param out where the text goes
   * @return the filtering writer
   */
  public static Writer escaping(Writer out) {
    return new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        out.write(escape(String.valueOf((char) c)));
      }

      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(escape(new String(buffer, offset, length)));
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        out.write(escape(text.substring(offset, offset + length)));
      }
    };
  }

  /**
   * Writes the controls Jackson leaves raw in a JSON document (DEL, C1, bidirectional overrides) as
   * {@code \}{@code uXXXX} escapes: the document means the same, and printing it is safe. They can
   * only occur inside strings, where such an escape is always allowed.
   */
  static String jsonSafe(String json) {
    return replaceControls(json, "\\u%04X");
  }

  /**
   * Writes the controls XML allows but a terminal acts on as character references: the document
   * means the same.
   */
  static String xmlSafe(String xml) {
    return replaceControls(xml, "&#x%X;");
  }

  private static String replaceControls(String document, String pattern) {
    StringBuilder safe = null;
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      boolean unsafe = c >= 0x7F && isControl(c);
      if (!unsafe) {
        if (safe != null) {
          safe.append(c);
        }
        continue;
      }
      if (safe == null) {
        safe = new StringBuilder(document.length() + 16).append(document, 0, i);
      }
      safe.append(String.format(pattern, (int) c));
    }
    return safe == null ? document : safe.toString();
  }

  private static void appendEscape(StringBuilder out, char c) {
    out.append(String.format("\\u%04X", (int) c));
  }
}
