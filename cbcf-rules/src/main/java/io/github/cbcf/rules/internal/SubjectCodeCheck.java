package io.github.cbcf.rules.internal;

import io.github.cbcf.Problem;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.RuleSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds subject codes in users' DRL files and decision tables that the built-in catalogue does not
 * hold. Such a rule compiles and then never fires on a record that keeps to the catalogue, so each
 * is reported as a warning naming the file, the line and column (a table's row and column), and the
 * closest known code. A record may declare codes of its own, which is why this is not an error.
 */
public final class SubjectCodeCheck {
  private static final Pattern SUBJECT = Pattern.compile("hasSubject\\(\\s*\"([^\"]*)\"\\s*\\)");

  private SubjectCodeCheck() {}

  /**
   * @param sources rule files and decision tables
   * @return one warning per unknown code, in file and line order
   */
  public static List<Problem> warnings(List<RuleSource> sources) {
    List<Problem> warnings = new ArrayList<>();
    for (RuleSource source : sources) {
      if (source.getKind() != RuleSource.Kind.DRL) {
        tableWarnings(source, warnings);
        continue;
      }
      List<String> lines = new String(source.getContent(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        for (Map.Entry<String, Integer> code : unknownCodes(lines.get(i))) {
          warnings.add(
              RuleSetException.problem(
                  source.getName(),
                  i + 1,
                  code.getValue() + 1,
                  null,
                  "hasSubject(\"" + code.getKey() + "\")" + unknownBecause(code.getKey())));
        }
      }
    }
    return List.copyOf(warnings);
  }

  /**
   * In a decision table, a CONDITION column whose template calls {@code hasSubject("$param")} takes
   * its codes from the cells of the rule rows below the template; each is checked where it stands.
   */
  private static void tableWarnings(RuleSource source, List<Problem> warnings) {
    List<DecisionTableCells.TableRow> rows = DecisionTableCells.of(source);
    for (int r = 0; r < rows.size(); r++) {
      if (!rows.get(r).cell(0).startsWith("RuleTable") || r + 3 >= rows.size()) {
        continue;
      }
      DecisionTableCells.TableRow kinds = rows.get(r + 1);
      DecisionTableCells.TableRow templates = rows.get(r + 3);
      for (int c = 0; c < kinds.cells().size(); c++) {
        String template = templates.cell(c);
        if (!kinds.cell(c).equalsIgnoreCase("CONDITION")
            || !SUBJECT.matcher(template.replace("$param", "x")).find()) {
          continue;
        }
        // Rule rows follow the template and its label row, up to the first empty row.
        for (int d = r + 5; d < rows.size() && !isEmpty(rows.get(d)); d++) {
          DecisionTableCells.TableRow row = rows.get(d);
          String value = row.cell(c);
          if (value.isEmpty()) {
            continue;
          }
          for (Map.Entry<String, Integer> code : unknownCodes(template.replace("$param", value))) {
            warnings.add(
                RuleSetException.problem(
                    source.getName(),
                    row.number(),
                    c + 1,
                    null,
                    (row.sheet().isEmpty() ? "" : "sheet " + row.sheet() + ", ")
                        + "cell "
                        + columnName(c)
                        + row.number()
                        + ": subject \""
                        + code.getKey()
                        + "\""
                        + unknownBecause(code.getKey())));
          }
        }
      }
    }
  }

  /** The codes in {@code hasSubject("...")} calls that the catalogue lacks, with their offsets. */
  private static List<Map.Entry<String, Integer>> unknownCodes(String text) {
    List<Map.Entry<String, Integer>> unknown = new ArrayList<>();
    Matcher code = SUBJECT.matcher(text);
    while (code.find()) {
      if (!Subjects.isBuiltIn(code.group(1))) {
        unknown.add(Map.entry(code.group(1), code.start(1)));
      }
    }
    return unknown;
  }

  private static String unknownBecause(String typed) {
    return " names no built-in subject, so the rule fires only on records that declare it"
        + Subjects.closestTo(typed)
            .map(c -> "; did you mean " + c + "?")
            .orElse("; see cbcf subjects");
  }

  private static boolean isEmpty(DecisionTableCells.TableRow row) {
    return row.cells().stream().allMatch(String::isBlank);
  }

  private static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }
}
