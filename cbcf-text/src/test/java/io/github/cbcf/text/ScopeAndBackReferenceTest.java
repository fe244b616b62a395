package io.github.cbcf.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A qualifier in a section's first sentence applies to the whole section; a clause that refers back
 * ("them", "this issue") carries the subjects of the clause or sentence it refers to. The
 * statements are written for these tests.
 */
class ScopeAndBackReferenceTest {
  @TempDir Path dir;

  private ForumRecord read(String text) {
    return Statements.read(StatementFiles.text(dir, "s.txt", text)).getRecord();
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

  private static Section section(ForumRecord record, String title) {
    return record.getSections().stream()
        .filter(s -> s.getTitle().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + title + ": " + record.getSections()));
  }

  @Test
  void aQualifierInASectionsFirstSentenceAppliesToTheWholeSection() {
    ForumRecord record =
        read(
            String.join(
                "\n",
                "Canada and the United States met in Ottawa on March 3, 2025.",
                "",
                "Border Security",
                "",
                "In accordance with domestic law, the two countries agreed to strengthen"
                    + " cooperation at the border. They will share information on human smuggling"
                    + " networks.",
                "",
                "Other Matters",
                "",
                "The two countries agreed to meet again next year. They will share information on"
                    + " firearms smuggling, consistent with national legislation.",
                ""));

    Section border = section(record, "Border Security");
    assertThat(border.getQualifiers())
        .extracting(Qualifier::getKind)
        .containsExactly(QualifierKind.DOMESTIC_LAW);
    assertThat(border.getQualifiers().get(0).getText()).containsIgnoringCase("domestic law");
    assertThat(border.getEvidence())
        .filteredOn(e -> e.getField().equals("qualifiers"))
        .extracting(Evidence::getEntry)
        .singleElement()
        .asString()
        .endsWith(
            "in the first sentence of section " + border.getId() + ", so for the whole section");
    assertThat(starting(record, "In accordance").getQualifiers()).isEmpty();
    assertThat(starting(record, "They will share information on human").getQualifiers()).isEmpty();

    // Later in a section, a qualifier stays with its own outcome.
    assertThat(section(record, "Other Matters").getQualifiers()).isEmpty();
    assertThat(starting(record, "They will share information on firearms").getQualifiers())
        .extracting(Qualifier::getKind)
        .containsExactly(QualifierKind.DOMESTIC_LAW);
  }

  @Test
  void aClauseThatRefersBackCarriesTheSubjectsOfTheSentenceBefore() {
    ForumRecord record =
        read(
            String.join(
                "\n",
                "Canada and the United States met in Ottawa on March 3, 2025.",
                "",
                "Elections",
                "",
                "The ministers discussed electoral interference by hostile foreign actors. They"
                    + " agreed to work together to counter threats undermining them.",
                "",
                "Other Matters",
                "",
                "They agreed to support them.",
                ""));

    Outcome counter = starting(record, "They agreed to work together");
    // "work together" is cooperation, which says how, not what about: the subject is carried.
    assertThat(counter.getSubjects()).contains("elections.interference");
    Evidence carried =
        counter.getEvidence().stream()
            .filter(e -> e.getValue().equals("elections.interference"))
            .findFirst()
            .orElseThrow();
    assertThat(carried.getWords()).isEqualTo("them");
    assertThat(carried.getEntry())
        .startsWith("back-references.tsv:")
        .contains("carried from sentence 2 (\"The ministers discussed electoral interference");
    // Another section does not refer back across its heading.
    assertThat(starting(record, "They agreed to support them").getSubjects())
        .doesNotContain("elections.interference");
  }

  @Test
  void thisIssueCarriesTheSubjectsOfTheSameSentencesFirstClause() {
    ForumRecord record =
        read(
            String.join(
                "\n",
                "Canada and the United States met in Ottawa on March 3, 2025.",
                "The ministers expressed concern over rising hate crimes, pledging joint efforts to"
                    + " address this issue.",
                ""));

    assertThat(starting(record, "pledging joint efforts").getSubjects()).contains("hate.crimes");
  }

  @Test
  void aCetEgardCarriesTheSubjectsOfTheSentenceBeforeInFrench() {
    ForumRecord record =
        read(
            "Le Canada et les États-Unis se sont réunis à Ottawa le 3 mars 2025. Les ministres ont"
                + " discuté de l'ingérence électorale étrangère. Ils ont convenu de collaborer à cet"
                + " égard.\n");

    Outcome agreed = starting(record, "Ils ont convenu");
    assertThat(agreed.getSubjects()).contains("elections.interference");
    assertThat(agreed.getEvidence())
        .filteredOn(e -> e.getValue().equals("elections.interference"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getWords()).isEqualTo("à cet égard");
              assertThat(e.getEntry()).contains("carried from sentence 2");
            });
  }

  @Test
  void aClauseWithSubjectsOfItsOwnCarriesNothing() {
    ForumRecord record =
        read(
            String.join(
                "\n",
                "Canada and the United States met in Ottawa on March 3, 2025.",
                "The ministers discussed electoral interference. They agreed to share information"
                    + " on firearms smuggling with them.",
                ""));

    assertThat(starting(record, "They agreed to share").getSubjects())
        .doesNotContain("elections.interference");
  }
}
