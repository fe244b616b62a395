package io.github.cbcf.examples;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a record file and prints a readable report of what may require a lawyer's review, rendered
 * by {@code cbcf-reports} as {@code cbcf review} prints it: the counts, then per section each
 * finding with its rule, severity and title, the exact sentences, the rationale and the authorities
 * to check; then the disclaimer.
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

  /**
   * Does the work of {@link #main}, writing to the streams given; returns the process exit status.
   */
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
    Reviewer reviewer = Reviewer.builtIn();
    ReviewReport report =
        reviewer.review(record).withFile(args.length == 1 ? args[0] : BUNDLED_RECORD);
    // The same renderer the command line uses, from the report alone.
    out.print(ReportFormat.TEXT.render(List.of(report), reviewer.getRules()));
    return 0;
  }

  private static ForumRecord readBundled() {
    try (InputStream in = ReviewBundledRecord.class.getResourceAsStream(BUNDLED_RECORD)) {
      if (in == null) {
        throw new IllegalStateException(
            BUNDLED_RECORD + " is not on the classpath: build cbcf-examples first");
      }
      return RecordReader.create().read(in, BUNDLED_RECORD, RecordFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the bundled record", e);
    }
  }
}
