package io.github.cbcf.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated language data file of this package, read row by row with the line each row stands
 * on.
 */
final class DataFile {
  /**
   * One row: its columns and where it stands, for evidence entries such as {@code verbs.en.tsv:12}.
   */
  static final class Row {
    final String file;
    final int line;
    final String[] columns;

    Row(String file, int line, String[] columns) {
      this.file = file;
      this.line = line;
      this.columns = columns;
    }

    String column(int i) {
      return i < columns.length ? columns[i].trim() : "";
    }

    String where() {
      return file + ":" + line;
    }
  }

  private DataFile() {}

  static List<Row> read(String name) {
    InputStream in = DataFile.class.getResourceAsStream("/io/github/cbcf/text/" + name);
    if (in == null) {
      throw new IllegalStateException("language data file missing from the jar: " + name);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(new Row(name, number, line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
