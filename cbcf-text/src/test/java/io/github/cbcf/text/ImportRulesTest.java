package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.QualifierKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clauses, kinds, orientation, parties, instruments and meeting facts on statements written for one
 * behaviour each.
 */
class ImportRulesTest {
  @TempDir Path dir;

  private ImportResult read(String name, String text) {
    return Statements.read(StatementFiles.text(dir, name, text));
  }

  private static Outcome starting(ForumRecord record, String words) {
    return record.getOutcomes().stream()
        .filter(o -> o.getText().startsWith(words))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no outcome starts with "
                        + words
                        + ": "
                        + record.getOutcomes().stream().map(Outcome::getText).toList()));
  }

  @Test
  void aSemicolonAndJoinsTwoOutcomesWithTheirOwnSubjects() {
    ForumRecord record =
        read(
                "s.txt",
                "Canada and Mexico met in Ottawa. Canada agreed to share data on"
                    + " smuggling; and Mexico committed to host the next meeting.")
            .getRecord();
    assertThat(starting(record, "Canada agreed").getText())
        .isEqualTo("Canada agreed to share data on smuggling");
    assertThat(starting(record, "Canada agreed").getParties()).containsExactly("CA");
    assertThat(starting(record, "Mexico committed").getParties()).containsExactly("MX");
    assertThat(starting(record, "Mexico committed").getKind()).isEqualTo(OutcomeKind.COMMITTED);
  }

  @Test
  void whileBeforeAParticipleIsNotASecondOutcome() {
    ForumRecord record =
        read(
                "s.txt",
                "The United States and Canada agreed to preserve data flow while"
                    + " maintaining security.")
            .getRecord();
    assertThat(record.getOutcomes()).hasSize(1);
    assertThat(record.getOutcomes().get(0).getParties()).containsExactly("US", "CA");
  }

  @Test
  void theNewKindsComeFromTheirVerbs() {
    ForumRecord record =
        read(
                "s.txt",
                "Canada and the United States met.\nThe Ministers welcomed the report."
                    + " They recognized the work of officials. They undertook to review the plan. They instructed officials"
                    + " to report by June. They will meet again. They intend to expand the program. They encourage industry"
                    + " to act. They urged all states to join. They remain committed to the partnership.")
            .getRecord();
    assertThat(record.getOutcomes())
        .extracting(Outcome::getKind)
        .containsSubsequence(
            OutcomeKind.WELCOMED,
            OutcomeKind.RECOGNIZED,
            OutcomeKind.UNDERTOOK,
            OutcomeKind.INSTRUCTED,
            OutcomeKind.WILL,
            OutcomeKind.INTENDED,
            OutcomeKind.ENCOURAGED,
            OutcomeKind.URGED,
            OutcomeKind.COMMITTED);
    assertThat(starting(record, "They remain committed").getOrientation())
        .hasValue(Orientation.ONGOING);
    assertThat(starting(record, "They undertook").isBinding()).isTrue();
    assertThat(starting(record, "They urged").isBinding()).isFalse();
  }

  @Test
  void pastAndBackgroundSentencesAreMarkedRetrospective() {
    ForumRecord record =
        read(
                "s.txt",
                "Canada and the United States have shared intelligence for decades."
                    + " In previous years the Forum has achieved much. The agreement was signed in 2019. Cooperation is"
                    + " essential to security. The Ministers agreed to meet again.")
            .getRecord();
    assertThat(starting(record, "Canada and the United States have shared").getOrientation())
        .hasValue(Orientation.PAST);
    assertThat(starting(record, "In previous years").getOrientation()).hasValue(Orientation.PAST);
    assertThat(starting(record, "The agreement was signed").getOrientation())
        .hasValue(Orientation.PAST);
    assertThat(starting(record, "Cooperation is essential").getOrientation())
        .hasValue(Orientation.BACKGROUND);
    assertThat(starting(record, "Cooperation is essential").getKind())
        .isEqualTo(OutcomeKind.STATED);
    assertThat(starting(record, "The Ministers agreed").getOrientation())
        .hasValue(Orientation.FORWARD);
  }

  @Test
  void theFiveEyesBindTheirFiveCountries() {
    ForumRecord record =
        read("s.txt", "The Five Eyes agreed to share threat assessments.").getRecord();
    assertThat(record.getParties())
        .extracting(p -> p.getCode())
        .containsExactly("AU", "CA", "GB", "NZ", "US");
    assertThat(record.getOutcomes().get(0).getParties())
        .containsExactly("AU", "CA", "GB", "NZ", "US");
  }

  @Test
  void theG7BindsItsCountriesAndWarnsAboutTheEuropeanUnion() {
    ImportResult result = read("s.txt", "The G7 committed to counter foreign interference.");
    assertThat(result.getRecord().getParties()).hasSize(7);
    assertThat(result.getWarnings())
        .anySatisfy(w -> assertThat(w.getMessage()).contains("European Union"));
  }

  @Test
  void weAndTheyBindEveryPartyAndBothCountriesToo() {
    ForumRecord record =
        read(
                "s.txt",
                "Australia and New Zealand met in Wellington. We agreed to cooperate."
                    + " Both countries noted the threat. They will report in 2026.")
            .getRecord();
    assertThat(record.getParties()).extracting(p -> p.getCode()).containsExactly("AU", "NZ");
    assertThat(starting(record, "We agreed").getParties()).containsExactly("AU", "NZ");
    assertThat(starting(record, "Both countries").getParties()).containsExactly("AU", "NZ");
    assertThat(record.getPlace()).isEqualTo("Wellington");
  }

  @Test
  void unnamedInstrumentsAreMarkedSoAndNamedOnesKeepTheirWords() {
    ForumRecord record =
        read(
                "s.txt",
                "Canada and the United States agreed to build on existing arrangements."
                    + " They welcomed the Statement of Principles on Information Sharing and the Beyond the Border Action"
                    + " Plan. They noted the Treaty on Mutual Legal Assistance in Criminal Matters.")
            .getRecord();
    assertThat(record.getInstruments())
        .extracting(Instrument::getTitle, Instrument::isNamed)
        .contains(
            org.assertj.core.groups.Tuple.tuple("existing arrangements", false),
            org.assertj.core.groups.Tuple.tuple(
                "Statement of Principles on Information Sharing", true),
            org.assertj.core.groups.Tuple.tuple(
                "Treaty on Mutual Legal Assistance in Criminal Matters", true));
    assertThat(record.getInstruments())
        .extracting(Instrument::getTitle)
        .anySatisfy(t -> assertThat(t).endsWith("Action Plan"));
    Outcome arrangements = starting(record, "Canada and the United States agreed");
    assertThat(arrangements.getEvidence())
        .filteredOn(e -> e.getField().equals("instruments"))
        .extracting(Evidence::getWords)
        .containsExactly("existing arrangements");
  }

  @Test
  void aDatelineGivesThePlaceAndTheDayOfTheMeeting() {
    ForumRecord record =
        read(
                "s.txt",
                "Joint Statement of the Canada-Mexico Security Dialogue\n"
                    + "Ottawa, March 4, 2025\nThe Ministers of Canada and Mexico met for the second Security Dialogue."
                    + " They agreed to meet again.")
            .getRecord();
    assertThat(record.getDate()).isEqualTo("2025-03-04");
    assertThat(record.getPlace()).isEqualTo("Ottawa");
    assertThat(record.getForum()).isEqualTo("Security Dialogue");
    assertThat(record.getSource().getTitle())
        .isEqualTo("Joint Statement of the Canada-Mexico Security Dialogue");
    assertThat(record.getSections()).extracting(s -> s.getId()).containsExactly("introduction");
  }

  @Test
  void aFrenchStatementIsReadWithTheFrenchLexicon() {
    ForumRecord record =
        read(
                "fr.txt",
                "Le Canada et les États-Unis ont tenu une réunion à Ottawa le 11 juillet"
                    + " 2024. Les ministres ont convenu de renforcer la coopération. Ils se sont engagés à partager des"
                    + " renseignements. Le Canada a souligné sa nouvelle loi. Les deux pays continueront de lutter contre le"
                    + " fentanyl. Les ministres ont pris note des progrès.\nPersonnes-ressources :\nMarie Tremblay\n"
                    + "Attachée de presse\n613-555-0100\nmarie.tremblay@example.gc.ca\n")
            .getRecord();
    assertThat(record.getSource().getLanguage()).isEqualTo("fr");
    assertThat(record.getParties()).extracting(p -> p.getCode()).containsExactly("CA", "US");
    assertThat(record.getDate()).isEqualTo("2024-07-11");
    assertThat(starting(record, "Les ministres ont convenu").getKind())
        .isEqualTo(OutcomeKind.AGREED);
    assertThat(starting(record, "Ils se sont engagés").getKind()).isEqualTo(OutcomeKind.COMMITTED);
    assertThat(starting(record, "Les deux pays").getKind()).isEqualTo(OutcomeKind.CONTINUED);
    assertThat(starting(record, "Les ministres ont pris note").getKind())
        .isEqualTo(OutcomeKind.NOTED);
    assertThat(record.getContacts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getName()).hasValue("Marie Tremblay");
              assertThat(c.isPersonalData()).isTrue();
            });
  }

  @Test
  void theTaggerIsOneStepAndItsTagsCarryEvidence() {
    OutcomeTagger sharing =
        (text, start, end) -> {
          int at = text.indexOf("information sharing", start);
          int law = text.indexOf("within each country’s laws", start);
          return java.util.stream.Stream.of(
                  at >= 0 && at < end
                      ? Tag.subject(
                          "data.information-sharing", at, at + 19, "test:1 information sharing")
                      : null,
                  law >= 0 && law < end
                      ? Tag.qualifier(QualifierKind.DOMESTIC_LAW, law, law + 26, "test:2 within")
                      : null)
              .filter(java.util.Objects::nonNull)
              .toList();
        };
    ForumRecord record =
        Statements.builder().tagger(sharing).build().read(SeedImportTest.SEED).getRecord();
    Outcome committed = starting(record, "They committed");
    assertThat(committed.getSubjects()).containsExactly("data.information-sharing");
    assertThat(committed.getQualifiers())
        .singleElement()
        .satisfies(q -> assertThat(q.getText()).isEqualTo("within each country’s laws"));
    assertThat(committed.getEvidence())
        .filteredOn(e -> e.getField().equals("subjects"))
        .extracting(Evidence::getEntry)
        .containsExactly("test:1 information sharing");
  }
}
