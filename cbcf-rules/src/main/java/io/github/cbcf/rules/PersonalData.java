package io.github.cbcf.rules;

import io.github.cbcf.model.Evidence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of reports. The values a record marks as personal data (the name,
 * telephone number and e-mail address of a contact who is a person) are overwritten wherever a
 * report shows text (the statement, each outcome's sentence, the words behind a tag) with as many
 * {@value #MASK} characters, so that every offset and line in the report still points at the same
 * place. Report formats withhold personal data this way unless told to include it.
 */
public final class PersonalData {
  /** The character that replaces each character of a value withheld. */
  public static final char MASK = '█';

  private PersonalData() {}

  /**
   * @param report a report
   * @return the same report with every personal value masked; the report itself when the record
   *     holds none
   */
  public static ReviewReport withheld(ReviewReport report) {
    List<Pattern> values =
        report.getRecord().getPersonalData().stream()
            .filter(v -> !v.isBlank())
            .map(v -> Pattern.compile(Pattern.quote(v.strip()), Pattern.CASE_INSENSITIVE))
            .toList();
    if (values.isEmpty()) {
      return report;
    }
    RecordFacts facts = report.getRecord();
    String source = mask(facts.getSourceText(), values);
    int withheld =
        values.stream()
            .mapToInt(v -> (int) v.matcher(facts.getSourceText()).results().count())
            .sum();
    RecordFacts masked =
        ImmutableRecordFacts.copyOf(facts)
            .withSourceText(source)
            .withOutcomes(facts.getOutcomes().stream().map(o -> outcome(o, values)).toList())
            .withPersonalData(List.of())
            .withPersonalDataWithheld(facts.getPersonalDataWithheld() + withheld);
    List<Finding> findings =
        report.getFindings().stream()
            .map(
                f ->
                    (Finding)
                        ImmutableFinding.builder()
                            .from(f)
                            .outcomes(
                                f.getOutcomes().stream().map(o -> outcome(o, values)).toList())
                            .fingerprint(f.getFingerprint())
                            .build())
            .toList();
    return ImmutableReviewReport.copyOf(report).withFindings(findings).withRecord(masked);
  }

  /**
   * @param reports reports
   * @return each with personal data masked
   */
  public static List<ReviewReport> withheld(List<ReviewReport> reports) {
    return reports.stream().map(PersonalData::withheld).toList();
  }

  private static FlaggedOutcome outcome(FlaggedOutcome outcome, List<Pattern> values) {
    return ImmutableFlaggedOutcome.copyOf(outcome)
        .withText(mask(outcome.getText(), values))
        .withEvidence(
            outcome.getEvidence().stream()
                .map(
                    e ->
                        (Evidence)
                            new Evidence.Builder()
                                .from(e)
                                .words(mask(e.getWords(), values))
                                .build())
                .toList());
  }

  static String mask(String text, List<Pattern> values) {
    StringBuilder masked = new StringBuilder(text);
    for (Pattern value : values) {
      Matcher matcher = value.matcher(text);
      while (matcher.find()) {
        for (int i = matcher.start(); i < matcher.end(); i++) {
          masked.setCharAt(i, MASK);
        }
      }
    }
    return masked.toString();
  }
}
