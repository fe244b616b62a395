package io.github.cbcf.rules.internal;

import io.github.cbcf.Problem;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.RuleSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds subject codes in users' DRL files that the built-in catalogue does not hold. Such a rule
 * compiles and then never fires on a record that keeps to the catalogue, so each is reported as a
 * warning naming the file, the line and column, and the closest known code. A record may declare
 * codes of its own, which is why this is not an error.
 */
public final class SubjectCodeCheck {
  private static final Pattern SUBJECT = Pattern.compile("hasSubject\\(\\s*\"([^\"]*)\"\\s*\\)");

  private SubjectCodeCheck() {}

  /**
   * @param sources rule files; decision tables are skipped, as their codes stand in cells, not in
   *     DRL
   * @return one warning per unknown code, in file and line order
   */
  public static List<Problem> warnings(List<RuleSource> sources) {
    List<Problem> warnings = new ArrayList<>();
    for (RuleSource source : sources) {
      if (source.getKind() != RuleSource.Kind.DRL) {
        continue;
      }
      List<String> lines = new String(source.getContent(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher code = SUBJECT.matcher(lines.get(i));
        while (code.find()) {
          String typed = code.group(1);
          if (!Subjects.isBuiltIn(typed)) {
            warnings.add(
                RuleSetException.problem(
                    source.getName(),
                    i + 1,
                    code.start(1) + 1,
                    null,
                    "hasSubject(\""
                        + typed
                        + "\") names no built-in subject, so the rule fires only on records that declare it"
                        + Subjects.closestTo(typed)
                            .map(c -> "; did you mean " + c + "?")
                            .orElse("; see cbcf subjects")));
          }
        }
      }
    }
    return List.copyOf(warnings);
  }
}
