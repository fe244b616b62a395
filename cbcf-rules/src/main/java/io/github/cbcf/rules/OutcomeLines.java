package io.github.cbcf.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each outcome of a report stands in the file that was reviewed, so that a report (SARIF, for
 * code scanning) can point at a line of that file: in a record file, the line of the outcome's
 * {@code id}; in a statement that was imported, the line of its sentence.
 *
 * <pre>{@code
 * report = report.withFile("records/cbcf-2024.yaml", OutcomeLines.of(path, report));
 * }</pre>
 */
public final class OutcomeLines {
  private static final Pattern OUTCOMES = Pattern.compile("^\\s*\"?outcomes\"?\\s*:");

  private OutcomeLines() {}

  /**
   * @param file the record file (.yaml, .yml, .json) or statement the report was made from
   * @param report the report
   * @return the 1-based line of each outcome found, by outcome id
   */
  public static Map<String, Integer> of(Path file, ReviewReport report) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Map<String, Integer> lines = new LinkedHashMap<>();
    if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
      // A statement: the importer's lines are the text's lines.
      report
          .getRecord()
          .getOutcomes()
          .forEach(o -> lines.put(o.getId(), o.getLocation().getLine()));
      return lines;
    }
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": could not be read again to locate outcomes", e);
    }
    return inRecord(text, report);
  }

  static Map<String, Integer> inRecord(List<String> text, ReviewReport report) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    int from = 0;
    while (from < text.size() && !OUTCOMES.matcher(text.get(from)).find()) {
      from++;
    }
    for (FlaggedOutcome outcome : report.getRecord().getOutcomes()) {
      Pattern id =
          Pattern.compile(
              "^[\\s\\-{,]*\"?id\"?\\s*:\\s*[\"']?"
                  + Pattern.quote(outcome.getId())
                  + "[\"']?\\s*,?\\s*$");
      for (int i = from; i < text.size(); i++) {
        if (id.matcher(text.get(i)).find()) {
          lines.put(outcome.getId(), i + 1);
          break;
        }
      }
    }
    return lines;
  }
}
