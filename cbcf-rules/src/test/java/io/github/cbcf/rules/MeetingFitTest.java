package io.github.cbcf.rules;

import static io.github.cbcf.rules.ScenarioRecords.SECURITY;
import static io.github.cbcf.rules.ScenarioRecords.SHARING;
import static io.github.cbcf.rules.ScenarioRecords.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.Subjects;
import org.junit.jupiter.api.Test;

/**
 * A finding fits its meeting: it names the meeting's parties, cites the authorities of those
 * parties that may have applied at its date, and says for which party the catalogue has none.
 */
class MeetingFitTest {
  private static final Reviewer REVIEWER = Reviewer.builtIn();
  private static final Party[] FIVE = {
    Party.of("US", "United States"),
    Party.of("CA", "Canada"),
    Party.of("GB", "United Kingdom"),
    Party.of("AU", "Australia"),
    Party.of("NZ", "New Zealand")
  };

  @Test
  void aFiveCountryFindingNamesFivePartiesAndTheThreeWithoutAuthorities() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .parties(FIVE)
                .add(
                    outcome(
                            "intel",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for expanded intelligence sharing.")
                        .by("US", "CA", "GB", "AU", "NZ")
                        .about(Subjects.INTELLIGENCE_SHARING))
                .build());

    assertThat(report.findingsOf("CBCF-INTEL-001"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.getParties()).containsExactly("US", "CA", "GB", "AU", "NZ");
              assertThat(finding.getUncoveredParties()).containsExactly("GB", "AU", "NZ");
              assertThat(finding.partiesNote())
                  .isEqualTo(
                      "Parties: US, CA, GB, AU, NZ. No authority in the catalogue for GB, AU, NZ.")
                  .doesNotContain("both");
            });
  }

  @Test
  void aBilateralFindingCitesOnlyTheAuthoritiesOfItsTwoParties() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "targeted",
                            SHARING,
                            OutcomeKind.CALLED_FOR,
                            "They called for targeted access to encrypted devices.")
                        .about(Subjects.ACCESS_ENCRYPTED_DATA))
                .build());

    assertThat(report.findingsOf("CBCF-CRYPTO-001"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.getParties()).containsExactly("US", "CA");
              assertThat(finding.getUncoveredParties()).isEmpty();
              assertThat(finding.getAuthorities())
                  .isNotEmpty()
                  .allSatisfy(a -> assertThat(a.appliesTo("US") || a.appliesTo("CA")).isTrue())
                  .noneSatisfy(a -> assertThat(a.getJurisdiction()).isIn("AU", "GB"));
              assertThat(finding.partiesNote()).isEqualTo("Parties: US, CA.");
            });
  }

  @Test
  void aFindingOnA2018MeetingDoesNotCiteWhatBeganIn2024AsApplying() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .id("meeting-2018")
                .dated("2018-05")
                .add(
                    outcome(
                            "registries",
                            SECURITY,
                            OutcomeKind.DISCUSSED,
                            "They discussed their foreign agent registration schemes.")
                        .refersTo("fara", "bill-c-70")
                        .about(Subjects.REGISTRY_FOREIGN_AGENTS))
                .build());

    assertThat(report.findingsOf("CBCF-REG-001"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .noneSatisfy(c -> assertThat(c).contains("Foreign Influence Transparency"))
                  .anySatisfy(c -> assertThat(c).contains("Foreign Agents Registration Act"));
              assertThat(finding.getAuthoritiesNotInForce())
                  .singleElement()
                  .satisfies(
                      a -> {
                        assertThat(a.getCitation())
                            .contains("Foreign Influence Transparency and Accountability Act");
                        assertThat(a.getFrom())
                            .hasValueSatisfying(from -> assertThat(from.getYear()).isEqualTo(2024));
                      });
            });
  }

  @Test
  void theSameOutcomeIn2024CitesTheNewRegistryAct() {
    ReviewReport report =
        REVIEWER.review(
            ScenarioRecords.bilateral()
                .add(
                    outcome(
                            "registries",
                            SECURITY,
                            OutcomeKind.DISCUSSED,
                            "They discussed their foreign agent registration schemes.")
                        .refersTo("fara", "bill-c-70")
                        .about(Subjects.REGISTRY_FOREIGN_AGENTS))
                .build());

    assertThat(report.findingsOf("CBCF-REG-001"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.getAuthorities())
                  .extracting(Authority::getCitation)
                  .anySatisfy(c -> assertThat(c).contains("Foreign Influence Transparency"));
              assertThat(finding.getAuthoritiesNotInForce()).isEmpty();
            });
  }
}
