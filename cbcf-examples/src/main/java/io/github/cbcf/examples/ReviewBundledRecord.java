package io.github.cbcf.examples;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FindingQualifier;
import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a record file and prints a readable report of what may require a lawyer's review: for each finding its
 * rule, severity and title, the section, the exact sentences, the rationale and the authorities to check; then the
 * counts and the disclaimer.
 *
 * <pre>
 * mvn -q install -DskipTests &amp;&amp; mvn -q -pl cbcf-examples exec:java
 * mvn -q -pl cbcf-examples exec:java -Dexec.args=/path/to/record.yaml
 * </pre>
 *
 * <p>With no argument it reviews the bundled record of the 2024 Cross-Border Crime Forum.
 */
public final class ReviewBundledRecord {
  /** The bundled record, as a classpath resource beside this class. */
  static final String BUNDLED_RECORD = "records/cbcf-2024.yaml";

  private static final int WIDTH = 100;

  private ReviewBundledRecord() {}

  /**
   * Reviews a record and prints the report.
   *
   * @param args the record file to review (YAML or JSON); none for the bundled 2024 record
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Does the work of {@link #main}, writing to the streams given; returns the process exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1) {
      err.println("usage: ReviewBundledRecord [record.yaml]");
      return 2;
    }
    ForumRecord record;
    try {
      record = args.length == 1 ? RecordReader.create().read(Path.of(args[0])) : readBundled();
    } catch (InvalidRecordException e) {
      err.println(e.getMessage());
      return 1;
    }
    ReviewReport report = Reviewer.builtIn().review(record);
    out.print(describe(record, report));
    return 0;
  }

  private static ForumRecord readBundled() {
    try (InputStream in = ReviewBundledRecord.class.getResourceAsStream(BUNDLED_RECORD)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_RECORD + " is not on the classpath: build cbcf-examples first");
      }
      return RecordReader.create().read(in, BUNDLED_RECORD, RecordFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the bundled record", e);
    }
  }

  /** The whole report as text, with a line break at the end. */
  static String describe(ForumRecord record, ReviewReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Legal review of ").append(record.getForum())
        .append(record.getEdition().map(e -> " (" + e + ")").orElse("")).append(", ")
        .append(record.getPlace()).append(", ").append(record.getDate()).append('\n');
    text.append("Record ").append(record.getId()).append("; rule set ").append(report.getRuleSetVersion())
        .append("\n\n");
    List<Finding> findings = report.getFindings();
    for (int i = 0; i < findings.size(); i++) {
      appendFinding(text, i + 1, findings.get(i), record);
    }
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    findings.forEach(f -> bySeverity.merge(f.getSeverity(), 1L, Long::sum));
    StringBuilder counts = new StringBuilder().append(findings.size())
        .append(findings.size() == 1 ? " finding" : " findings");
    if (!bySeverity.isEmpty()) {
      counts.append(" (").append(bySeverity.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", "))).append(')');
    }
    counts.append(" on ").append(report.getFlaggedOutcomes().size()).append(" of ")
        .append(report.getOutcomesReviewed()).append(" outcomes; ").append(report.getCleanOutcomes().size())
        .append(" outcomes raised none.");
    wrap(text, "", "", counts.toString());
    text.append('\n');
    wrap(text, "", "", report.getDisclaimer());
    return text.toString();
  }

  private static void appendFinding(StringBuilder text, int number, Finding finding, ForumRecord record) {
    text.append(number).append(". ").append(finding.getRuleId()).append("  ").append(finding.getSeverity())
        .append("  ").append(finding.getTitle()).append('\n');
    String sections = finding.getOutcomes().stream().map(FlaggedOutcome::getSection).distinct()
        .map(id -> record.findSection(id).map(Section::getTitle).orElse(id))
        .collect(Collectors.joining("; "));
    text.append("   Section: ").append(sections).append('\n');
    for (FlaggedOutcome outcome : finding.getOutcomes()) {
      wrap(text, "   ", "     ", "Sentence (" + outcome.getId() + ", line " + outcome.getLocation().getLine() + "): \""
          + outcome.getText() + "\"");
    }
    for (FindingQualifier qualifier : finding.getQualifiers()) {
      wrap(text, "   ", "     ", "Qualified by: \"" + qualifier.getText() + "\" (" + qualifier.getKind()
          + ", stated on the " + qualifier.getScope().name().toLowerCase(Locale.ROOT) + ")");
    }
    if (finding.getStatus() == FindingStatus.SUPPRESSED) {
      wrap(text, "   ", "     ", "Suppressed by " + finding.getSuppressedBy().orElse("a user's rule") + ": "
          + finding.getSuppressionReason().orElse("no reason given"));
    }
    finding.getEscalatedBy().ifPresent(rule -> text.append("   Escalated by ").append(rule).append(" from ")
        .append(finding.getDeclaredSeverity()).append('\n'));
    wrap(text, "   ", "     ", "Why: " + finding.getRationale());
    text.append("   Authorities a reviewer may check:\n");
    for (Authority authority : finding.getAuthorities()) {
      wrap(text, "     - ", "       ", authority.getJurisdiction() + ": " + authority.getCitation());
    }
    text.append('\n');
  }

  /** Appends words wrapped at {@link #WIDTH} columns, the first line and the others indented as given. */
  private static void wrap(StringBuilder text, String indent, String continuation, String words) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : words.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH && !line.toString().isBlank()) {
        lines.add(line.toString().stripTrailing());
        line = new StringBuilder(continuation);
      } else if (!line.toString().isBlank() && line.charAt(line.length() - 1) != ' ') {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString().stripTrailing());
    lines.forEach(l -> text.append(l).append('\n'));
  }
}
