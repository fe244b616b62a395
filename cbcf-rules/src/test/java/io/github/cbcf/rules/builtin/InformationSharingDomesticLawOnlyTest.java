package io.github.cbcf.rules.builtin;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.FindingQualifier;
import io.github.cbcf.rules.FindingSummaries;
import io.github.cbcf.rules.QualifierScope;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.ScenarioRecords;
import io.github.cbcf.rules.Severity;
import org.junit.jupiter.api.Test;

/** CBCF-INFO-001: information sharing whose only stated limit is "within each country's laws". */
class InformationSharingDomesticLawOnlyTest {
  private static final String RULE = "CBCF-INFO-001";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static final String DIRECTION =
      "They committed to providing clear policy direction to maximize"
          + " information sharing within each country’s laws.";
  private static final String PURPOSE = "for the purpose of investigating firearms smuggling";

  @Test
  void firesWhenDomesticLawIsTheOnlyLimitOnTheOutcome() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("sharing-direction", SHARING, OutcomeKind.COMMITTED, DIRECTION)
                        .about(Subjects.DATA_INFORMATION_SHARING)
                        .qualifiedBy(QualifierKind.DOMESTIC_LAW, ScenarioRecords.DOMESTIC_LAW))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("sharing-direction");
              assertThat(finding.getSeverity()).isEqualTo(Severity.MEDIUM);
              assertThat(finding.getConcern()).isEqualTo("information-sharing-domestic-law-only");
              // The finding says which qualifier applied and where it was stated.
              assertThat(finding.getQualifiers())
                  .extracting(
                      FindingQualifier::getKind,
                      FindingQualifier::getText,
                      FindingQualifier::getScope)
                  .containsExactly(
                      tuple(
                          QualifierKind.DOMESTIC_LAW,
                          ScenarioRecords.DOMESTIC_LAW,
                          QualifierScope.OUTCOME),
                      tuple(
                          QualifierKind.RIGHTS_PROTECTED_BY_LAW,
                          ScenarioRecords.RIGHTS,
                          QualifierScope.STATEMENT));
            });
    // The domestic-law qualifier is a limit, so the "no safeguard" rule stays quiet.
    assertThat(report.findingsOf("CBCF-INFO-002")).isEmpty();
  }

  @Test
  void firesWhenDomesticLawIsStatedOnTheSection() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .sectionQualifiedBy(
                    SHARING, QualifierKind.DOMESTIC_LAW, ScenarioRecords.DOMESTIC_LAW)
                .add(
                    outcome(
                            "sharing-agencies",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They continue to share information between law enforcement agencies.")
                        .about(Subjects.DATA_INFORMATION_SHARING))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("sharing-agencies");
              assertThat(finding.getQualifiers())
                  .extracting(FindingQualifier::getKind, FindingQualifier::getScope)
                  .containsExactly(
                      tuple(QualifierKind.DOMESTIC_LAW, QualifierScope.SECTION),
                      tuple(QualifierKind.RIGHTS_PROTECTED_BY_LAW, QualifierScope.STATEMENT));
            });
    assertThat(report.findingsOf("CBCF-INFO-002")).isEmpty();
  }

  @Test
  void doesNotFireOnAnOutcomeThatSharesNoInformation() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "fentanyl",
                            SECURITY,
                            OutcomeKind.COMMITTED,
                            "They committed to disrupting fentanyl supply chains within each country’s laws.")
                        .about(Subjects.CRIME_FENTANYL)
                        .qualifiedBy(QualifierKind.DOMESTIC_LAW, ScenarioRecords.DOMESTIC_LAW))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }

  @Test
  void nearMissPurposeLimitationNamesASafeguardThatCanBeChecked() {
    String sentence = DIRECTION.replace("laws.", "laws, " + PURPOSE + ".");
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("sharing-direction", SHARING, OutcomeKind.COMMITTED, sentence)
                        .about(Subjects.DATA_INFORMATION_SHARING)
                        .qualifiedBy(QualifierKind.DOMESTIC_LAW, ScenarioRecords.DOMESTIC_LAW)
                        .qualifiedBy(QualifierKind.PURPOSE_LIMITATION, PURPOSE))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-INFO-002")).isEmpty();
    // The outcome was reviewed all the same: it binds with no owner or date.
    assertThat(FindingSummaries.of(report)).containsExactly("CBCF-ACCT-001 [sharing-direction]");
  }

  @Test
  void nearMissASafeguardOnTheSectionCoversTheOutcome() {
    String oversight = "under independent review";
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .sectionQualifiedBy(SHARING, QualifierKind.INDEPENDENT_OVERSIGHT, oversight)
                .add(
                    outcome("sharing-direction", SHARING, OutcomeKind.COMMITTED, DIRECTION)
                        .about(Subjects.DATA_INFORMATION_SHARING)
                        .qualifiedBy(QualifierKind.DOMESTIC_LAW, ScenarioRecords.DOMESTIC_LAW))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
  }
}
