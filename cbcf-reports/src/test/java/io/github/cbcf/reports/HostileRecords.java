package io.github.cbcf.reports;

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
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;

/**
 * A record written as an attacker would: ids, titles and text that try to close a code span, add an
 * HTML element, forge a heading with a line break, or drive a terminal with escape sequences and
 * bidirectional overrides. Every value of it must reach a report as text, never as markup or
 * control.
 */
final class HostileRecords {
  static final String IMG = "<img src=x onerror=alert(1)>";

  /** Closes a one-backtick code span, then adds an element. */
  static final String OUTCOME_ID = "o1` " + IMG + " `";

  /** A line break followed by a heading, then a table cell break. */
  static final String SECTION_TITLE = "Sharing\n# Forged heading | forged cell";

  /** Erases the line above, returns to the start of the line, and reverses what follows. */
  static final String TERMINAL_ATTACK = "\u001B[1A\u001B[2K\rFORGED \u009B31m\u202Egnirahs";

  static final String SENTENCE =
      "The Ministers committed to maximize information sharing within each country's laws. "
          + TERMINAL_ATTACK;

  private HostileRecords() {}

  static ForumRecord record() {
    return new ForumRecord.Builder()
        .id("hostile")
        .forum("Forum " + IMG)
        .date("2025-06")
        .place("Ottawa")
        .addParties(Party.of("US", "United States"), Party.of("CA", "Canada"))
        .addSection(new Section.Builder().id("sharing").title(SECTION_TITLE).build())
        .addOutcome(
            new Outcome.Builder()
                .id(OUTCOME_ID)
                .section("sharing")
                .kind(OutcomeKind.COMMITTED)
                .addParties("US", "CA")
                .text(SENTENCE)
                .location(SourceSpan.of(0, SENTENCE.length(), 1))
                .addSubject(Subjects.DATA_INFORMATION_SHARING)
                .addQualifier(
                    new Qualifier.Builder()
                        .kind(QualifierKind.DOMESTIC_LAW)
                        .text("within each country's laws")
                        .location(SourceSpan.locate(SENTENCE, "within each country's laws"))
                        .build())
                .build())
        .source(
            new SourceDocument.Builder()
                .title("Statement `" + IMG + "`\n## Forged")
                .language("en")
                .text(SENTENCE)
                .build())
        .build();
  }

  static ReviewReport report() {
    return Reviewer.builtIn().review(record()).withFile("records/a b#1 100%é.yaml");
  }
}
