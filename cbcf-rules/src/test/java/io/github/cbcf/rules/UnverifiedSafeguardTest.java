package io.github.cbcf.rules;

import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Subjects;
import org.junit.jupiter.api.Test;

/**
 * A qualifier lowers or removes a finding only when the record points at its words in the source.
 * By default a record with one that does not is refused; a reviewer that allows it leaves the
 * finding as it would be without the qualifier, and the finding shows it as an unverified
 * safeguard.
 */
class UnverifiedSafeguardTest {
  private static final Reviewer REVIEWER = Reviewer.builder().allowUnlocatedSafeguards().build();
  private static final String SENTENCE =
      "They committed to share information on firearms smuggling,"
          + " subject to a privacy impact assessment.";

  @Test
  void aSafeguardWithoutLocationDoesNotSilenceInfo002() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("sharing", SHARING, OutcomeKind.CALLED_FOR, SENTENCE)
                        .about(Subjects.DATA_INFORMATION_SHARING)
                        .qualifiedWithoutLocationBy(
                            QualifierKind.PRIVACY_SAFEGUARD,
                            "subject to a privacy impact assessment"))
                .build());

    assertThat(report.findingsOf("CBCF-INFO-002"))
        .singleElement()
        .satisfies(
            finding ->
                assertThat(finding.getQualifiers())
                    .filteredOn(FindingQualifier::isUnverified)
                    .singleElement()
                    .satisfies(
                        q -> assertThat(q.getKind()).isEqualTo(QualifierKind.PRIVACY_SAFEGUARD)));
  }

  @Test
  void theSameSafeguardWithItsLocationSilencesIt() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome("sharing", SHARING, OutcomeKind.CALLED_FOR, SENTENCE)
                        .about(Subjects.DATA_INFORMATION_SHARING)
                        .qualifiedBy(
                            QualifierKind.PRIVACY_SAFEGUARD,
                            "subject to a privacy impact assessment"))
                .build());

    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void aDomesticLawQualifierWithoutLocationDoesNotLowerInfo002ToInfo001() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "sharing",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for sharing information within each country's laws.")
                        .about(Subjects.DATA_INFORMATION_SHARING)
                        .qualifiedWithoutLocationBy(
                            QualifierKind.DOMESTIC_LAW, "within each country's laws"))
                .build());

    assertThat(FindingSummaries.of(report)).containsExactly("CBCF-INFO-002 [sharing]");
    assertThat(report.getFindings().get(0).getQualifiers())
        .anySatisfy(
            q -> {
              assertThat(q.getKind()).isEqualTo(QualifierKind.DOMESTIC_LAW);
              assertThat(q.isUnverified()).isTrue();
            });
  }

  @Test
  void theDefaultReviewerRefusesTheRecordNamingTheOutcomeAndTheQualifier() {
    Reviewer strict = Reviewer.builtIn();

    assertThatThrownBy(
            () ->
                strict.review(
                    ScenarioRecords.bilateral()
                        .add(
                            outcome("sharing", SHARING, OutcomeKind.CALLED_FOR, SENTENCE)
                                .about(Subjects.DATA_INFORMATION_SHARING)
                                .qualifiedWithoutLocationBy(
                                    QualifierKind.PRIVACY_SAFEGUARD,
                                    "subject to a privacy impact assessment"))
                        .build()))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> {
              assertThat(e.getOutcomeId()).contains("sharing");
              assertThat(e.getMessage())
                  .contains("PRIVACY_SAFEGUARD")
                  .contains("has no location in the source")
                  .contains("CBCF-INFO-002")
                  .contains("--allow-unlocated-safeguards");
            });
  }

  @Test
  void theDefaultReviewerAcceptsLocatedSafeguards() {
    Reviewer strict = Reviewer.builtIn();

    assertThat(
            strict
                .review(
                    ScenarioRecords.bilateral()
                        .add(
                            outcome("sharing", SHARING, OutcomeKind.CALLED_FOR, SENTENCE)
                                .about(Subjects.DATA_INFORMATION_SHARING)
                                .qualifiedBy(
                                    QualifierKind.PRIVACY_SAFEGUARD,
                                    "subject to a privacy impact assessment"))
                        .build())
                .getFindings())
        .isEmpty();
  }
}
