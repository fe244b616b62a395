package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.RuleSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of a decision table as text, row by row, so that checks can name a cell by its row and
 * column (1-based, as a spreadsheet shows them). A workbook's sheets are read one after another.
 */
final class DecisionTableCells {
  /** One row of one sheet: the sheet's name (empty for CSV), its 1-based number, its cells. */
  record TableRow(String sheet, int number, List<String> cells) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column).trim() : "";
    }
  }

  private DecisionTableCells() {}

  /**
   * @return the rows, or none when the table cannot be read (compiling it reports why)
   */
  static List<TableRow> of(RuleSource source) {
    try {
      return source.getKind() == RuleSource.Kind.DECISION_TABLE_CSV
          ? csv(new String(source.getContent(), StandardCharsets.UTF_8))
          : workbook(source.getContent());
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static List<TableRow> workbook(byte[] content) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell));
          }
          rows.add(new TableRow(sheet.getSheetName(), row.getRowNum() + 1, cells));
        }
      }
    }
    return rows;
  }

  /** RFC 4180 CSV, as Drools reads it: quoted cells may hold commas, doubled quotes, newlines. */
  private static List<TableRow> csv(String text) {
    List<TableRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowStart = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        rows.add(new TableRow("", rowStart, List.copyOf(cells)));
        cells.clear();
        line++;
        rowStart = line;
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new TableRow("", rowStart, List.copyOf(cells)));
    }
    return rows;
  }
}
