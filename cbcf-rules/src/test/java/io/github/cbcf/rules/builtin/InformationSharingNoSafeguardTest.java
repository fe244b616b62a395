package io.github.cbcf.rules.builtin;

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
import io.github.cbcf.rules.ScenarioRecords.OutcomeDraft;
import io.github.cbcf.rules.Severity;
import org.junit.jupiter.api.Test;

/** CBCF-INFO-002: information sharing with no limit on the outcome or its section. */
class InformationSharingNoSafeguardTest {
  private static final String RULE = "CBCF-INFO-002";
  private static final Reviewer REVIEWER = Reviewer.builtIn();

  private static final String FIREARMS =
      "They also target violence caused by firearms smuggled across the border"
          + " through enhanced information sharing between law enforcement agencies";

  private static OutcomeDraft firearmsSharing(String sentence) {
    return outcome("firearms-sharing", SHARING, OutcomeKind.CONTINUED, sentence)
        .about(Subjects.CRIME_FIREARMS_SMUGGLING, Subjects.DATA_INFORMATION_SHARING);
  }

  @Test
  void firesWhenOnlyTheStatementSpeaksOfRights() {
    ReviewReport report =
        REVIEWER.review(ScenarioRecords.bilateral().add(firearmsSharing(FIREARMS + ".")).build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(FindingSummaries.outcomeIds(finding)).containsExactly("firearms-sharing");
              assertThat(finding.getSeverity()).isEqualTo(Severity.HIGH);
              // A statement-wide rights clause is reported, at its scope, but does not count as a
              // safeguard.
              assertThat(finding.getQualifiers())
                  .extracting(FindingQualifier::getKind, FindingQualifier::getScope)
                  .containsExactly(
                      tuple(QualifierKind.RIGHTS_PROTECTED_BY_LAW, QualifierScope.STATEMENT));
            });
    assertThat(report.findingsOf("CBCF-INFO-001")).isEmpty();
  }

  @Test
  void firesWithNoQualifierAnywhere() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .withoutStatementQualifier()
                .add(firearmsSharing(FIREARMS + "."))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(finding -> assertThat(finding.getQualifiers()).isEmpty());
  }

  @Test
  void firesWhenTheOutcomeOnlySpeaksOfRightsInGeneral() {
    // Regression: a general rights clause on the outcome itself once silenced both INFO-001 and
    // INFO-002.
    String rights = "consistent with rights protected by law";
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    firearmsSharing(FIREARMS + ", " + rights + ".")
                        .qualifiedBy(QualifierKind.RIGHTS_PROTECTED_BY_LAW, rights))
                .build());

    assertThat(report.findingsOf(RULE))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.getQualifiers())
                    .extracting(FindingQualifier::getKind, FindingQualifier::getScope)
                    .contains(
                        tuple(QualifierKind.RIGHTS_PROTECTED_BY_LAW, QualifierScope.OUTCOME)));
    assertThat(report.findingsOf("CBCF-INFO-001")).isEmpty();
  }

  @Test
  void doesNotFireOnAnOutcomeThatSharesNoInformation() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "firearms",
                            SHARING,
                            OutcomeKind.CONTINUED,
                            "They also target violence caused by firearms smuggled across the border.")
                        .about(Subjects.CRIME_FIREARMS_SMUGGLING))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissADomesticLawLimitOnTheSectionMovesTheFindingToInfo001() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .sectionQualifiedBy(
                    SHARING, QualifierKind.DOMESTIC_LAW, ScenarioRecords.DOMESTIC_LAW)
                .add(firearmsSharing(FIREARMS + "."))
                .build());

    assertThat(report.findingsOf(RULE)).isEmpty();
    assertThat(report.findingsOf("CBCF-INFO-001"))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.getQualifiers())
                    .extracting(FindingQualifier::getKind, FindingQualifier::getScope)
                    .contains(tuple(QualifierKind.DOMESTIC_LAW, QualifierScope.SECTION)));
  }

  @Test
  void nearMissAPrivacySafeguardOnTheOutcome() {
    String safeguard = "subject to a privacy impact assessment";
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    firearmsSharing(FIREARMS + " " + safeguard + ".")
                        .qualifiedBy(QualifierKind.PRIVACY_SAFEGUARD, safeguard))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void nearMissANamedAgreementOnTheSection() {
    String agreement = "under the Treaty on Mutual Legal Assistance in Criminal Matters";
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .sectionQualifiedBy(SHARING, QualifierKind.NAMED_AGREEMENT, agreement)
                .add(firearmsSharing(FIREARMS + "."))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }
}
