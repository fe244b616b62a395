package io.github.cbcf.examples;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceDocument;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;

/**
 * The shortest path from a statement to findings: build a record with the model's builders, review
 * it with the built-in rules, print what may require review. The statement is invented for the
 * example.
 */
public final class ReviewExample {
  /** The invented statement the example record is encoded from. */
  static final String STATEMENT =
      "The Ministers committed to share information on firearms trafficking within"
          + " each country's laws. They also discussed lawful access to encrypted communications content.";

  private ReviewExample() {}

  /**
   * Builds, reviews and prints.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ForumRecord record = exampleRecord();
    ReviewReport report = Reviewer.builtIn().review(record);
    System.out.println(
        "Reviewed "
            + report.getOutcomesReviewed()
            + " outcomes of "
            + record.getId()
            + ": "
            + report.getFindings().size()
            + " findings");
    for (Finding finding : report.getFindings()) {
      System.out.println(
          finding.getRuleId()
              + " "
              + finding.getSeverity()
              + " "
              + finding.getTitle()
              + " -> \""
              + finding.getOutcomes().get(0).getText()
              + "\"");
    }
    System.out.println(report.getDisclaimer());
  }

  /** A two-outcome record of an invented meeting, built as a user would build one. */
  static ForumRecord exampleRecord() {
    String sharing =
        "committed to share information on firearms trafficking within each country's laws.";
    String access = "They also discussed lawful access to encrypted communications content.";
    String domesticLaw = "within each country's laws";
    return new ForumRecord.Builder()
        .id("example-2030")
        .forum("Example Forum")
        .date("2030-05")
        .place("Nowhere (an invented meeting)")
        .addParties(Party.of("US", "United States"), Party.of("CA", "Canada"))
        .addSection(new Section.Builder().id("cooperation").title("Cooperation").build())
        .addOutcome(
            new Outcome.Builder()
                .id("firearms-information-sharing")
                .section("cooperation")
                .kind(OutcomeKind.COMMITTED)
                .addParties("US", "CA")
                .text(sharing)
                .location(SourceSpan.locate(STATEMENT, sharing))
                .addSubjects(Subjects.CRIME_FIREARMS_SMUGGLING, Subjects.DATA_INFORMATION_SHARING)
                .addQualifier(
                    new Qualifier.Builder()
                        .kind(QualifierKind.DOMESTIC_LAW)
                        .text(domesticLaw)
                        .location(SourceSpan.locate(STATEMENT, domesticLaw))
                        .build())
                .build())
        .addOutcome(
            new Outcome.Builder()
                .id("lawful-access-discussed")
                .section("cooperation")
                .kind(OutcomeKind.DISCUSSED)
                .addParties("US", "CA")
                .text(access)
                .location(SourceSpan.locate(STATEMENT, access))
                .addSubject(Subjects.ACCESS_COMMUNICATIONS_CONTENT)
                .build())
        .source(
            new SourceDocument.Builder()
                .title("Example statement")
                .language("en")
                .provenance("Invented for this example; no such meeting took place.")
                .text(STATEMENT)
                .build())
        .build();
  }
}
