package io.github.cbcf.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Jurisdictions;
import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.OutcomeKind;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per kind of entry of the language data files. */
class LanguageDataTest {
  private static final LanguageData EN = LanguageData.of("en");
  private static final LanguageData FR = LanguageData.of("fr");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "acknowledged|ACKNOWLEDGED|FORWARD", "emphasized|EMPHASIZED|FORWARD",
            "agreed|AGREED|FORWARD",
        "noted|NOTED|FORWARD", "reaffirmed|REAFFIRMED|FORWARD", "discussed|DISCUSSED|FORWARD",
        "highlighted|HIGHLIGHTED|FORWARD", "continue|CONTINUED|ONGOING", "praised|PRAISED|FORWARD",
        "stressed|STRESSED|FORWARD", "committed|COMMITTED|FORWARD", "called for|CALLED_FOR|FORWARD",
        "recommended|RECOMMENDED|FORWARD", "expressed concern|EXPRESSED_CONCERN|FORWARD",
            "pledged|PLEDGED|FORWARD",
        "plan|PLANNED|FORWARD", "reiterated|REITERATED|FORWARD", "addressed|ADDRESSED|FORWARD",
        "welcomed|WELCOMED|FORWARD", "undertook|UNDERTOOK|FORWARD", "instructed|INSTRUCTED|FORWARD",
        "recognized|RECOGNIZED|FORWARD", "remain committed|COMMITTED|ONGOING", "will|WILL|FORWARD",
        "intend|INTENDED|FORWARD", "encourage|ENCOURAGED|FORWARD", "urged|URGED|FORWARD",
        "have shared|STATED|PAST"
      })
  void everyRequiredEnglishVerbIsInTheLexicon(
      String words, OutcomeKind kind, Orientation orientation) {
    assertVerb(EN, words, kind, orientation);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ont convenu|AGREED|FORWARD", "se sont engagés|COMMITTED|FORWARD",
            "ont discuté|DISCUSSED|FORWARD",
        "ont souligné|EMPHASIZED|FORWARD", "ont salué|WELCOMED|FORWARD",
            "ont réaffirmé|REAFFIRMED|FORWARD",
        "ont pris note|NOTED|FORWARD", "continueront|CONTINUED|ONGOING",
            "ont reconnu|RECOGNIZED|FORWARD"
      })
  void everyRequiredFrenchVerbIsInTheLexicon(
      String words, OutcomeKind kind, Orientation orientation) {
    assertVerb(FR, words, kind, orientation);
  }

  private static void assertVerb(
      LanguageData data, String words, OutcomeKind kind, Orientation orientation) {
    Phrases.Hit<LanguageData.Verb> hit = data.verbs.at(words + " x", 0);
    assertThat(hit).as(words).isNotNull();
    assertThat(hit.end).isEqualTo(words.length());
    assertThat(hit.value().kind).isEqualTo(kind);
    assertThat(hit.value().orientation).isEqualTo(orientation);
    assertThat(hit.entry.entry()).matches("verbs\\." + data.language + "\\.tsv:\\d+ " + words);
  }

  @ParameterizedTest
  @EnumSource(OutcomeKind.class)
  void everyOutcomeKindHasAnEnglishVerb(OutcomeKind kind) {
    long rows =
        DataFile.read("verbs.en.tsv").stream().filter(r -> r.column(1).equals(kind.name())).count();
    assertThat(rows).as(kind.name()).isPositive();
  }

  @Test
  void everyIsoCountryHasAnEnglishAndAFrenchName() {
    Set<String> en =
        DataFile.read("countries.tsv").stream()
            .filter(r -> r.column(1).equals("en") && r.column(2).equals("name"))
            .map(r -> r.column(0))
            .collect(Collectors.toSet());
    Set<String> fr =
        DataFile.read("countries.tsv").stream()
            .filter(r -> r.column(1).equals("fr") && r.column(2).equals("name"))
            .map(r -> r.column(0))
            .collect(Collectors.toSet());
    assertThat(en).containsAll(Jurisdictions.countryCodes());
    assertThat(fr).containsAll(Jurisdictions.countryCodes());
  }

  @Test
  void everyCountryRowNamesAnIsoCodeAndAKnownForm() {
    assertThat(DataFile.read("countries.tsv"))
        .allSatisfy(
            row -> {
              assertThat(row.column(0).split(","))
                  .as(row.where())
                  .allMatch(Jurisdictions::isCountryCode);
              assertThat(row.column(1)).as(row.where()).isIn("en", "fr");
              assertThat(row.column(2)).as(row.where()).isIn("name", "short", "adjective");
              assertThat(row.column(3)).as(row.where()).isNotBlank();
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the United States",
        "U.S.",
        "Canada",
        "United Kingdom",
        "UK",
        "Australia",
        "New Zealand",
        "Mexico",
        "les États-Unis",
        "le Canada"
      })
  void namesAndShortFormsFindTheirCountry(String words) {
    assertThat(EN.countries.at(words, 0)).as(words).isNotNull();
  }

  @ParameterizedTest
  @CsvSource({"American,US", "Canadian,CA", "British,GB"})
  void adjectivesFindTheirCountry(String words, String code) {
    assertThat(EN.adjectives.at(words, 0).value().codes).containsExactly(code);
  }

  @Test
  void everyGroupNamesAllPartiesOrIsoCodes() {
    assertThat(DataFile.read("groups.tsv"))
        .allSatisfy(
            row -> {
              assertThat(row.column(0)).as(row.where()).isIn("en", "fr");
              String members = row.column(2);
              assertThat(
                      members.equals("ALL")
                          || members.equals("NONE")
                          || Arrays.stream(members.split(","))
                              .allMatch(Jurisdictions::isCountryCode))
                  .as(row.where())
                  .isTrue();
            });
    assertThat(EN.groups.at("the Five Eyes", 0).value().codes)
        .containsExactly("AU", "CA", "GB", "NZ", "US");
    assertThat(EN.groups.at("both countries", 0).value().all).isTrue();
  }

  @Test
  void instrumentContactAndMeetingRowsAreReadByRole() {
    assertThat(EN.instrumentHeads.at("Act", 0)).isNotNull();
    assertThat(EN.genericInstruments.at("MOUs", 0)).isNotNull();
    assertThat(EN.instrumentDeterminers).contains("prior", "existing");
    assertThat(EN.contactMarkers).contains("contacts", "media contacts");
    assertThat(FR.contactMarkers).contains("personnes-ressources");
    assertThat(EN.months).containsEntry("july", 7);
    assertThat(EN.ordinals.at("third", 0).value()).isEqualTo("3");
    assertThat(EN.abbreviations).contains("U.S.", "D.C.", "Art.", "No.");
  }
}
