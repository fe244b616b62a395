package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StemMatchingTest {
  private static final Lexicon ENGLISH = Lexicon.builtIn("en");

  private static List<String> codes(Lexicon lexicon, String text) {
    return lexicon.find(text, 0, text.length()).stream()
        .map(LexiconMatch::getCode)
        .distinct()
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The agencies share information on smuggling networks.",
        "The agencies shared information on smuggling networks.",
        "The agencies will keep sharing information on smuggling networks.",
        "Information sharing between agencies will grow.",
        "The sharing of information between agencies will grow."
      })
  void everyFormOfShareFindsInformationSharing(String sentence) {
    assertThat(codes(ENGLISH, sentence)).contains("data.information-sharing");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le partage de l'information entre les organismes augmentera.",
        "Les organismes vont partager de l'information sur les réseaux.",
        "Les organismes ont partagé de l'information sur les réseaux.",
        "Les organismes partageront de l'information sur les réseaux.",
        "Les organismes partagent de l'information sur les réseaux.",
        "L'echange d'informations entre les organismes augmentera."
      })
  void everyFormOfPartagerFindsInformationSharing(String sentence) {
    assertThat(codes(Lexicon.builtIn("fr"), sentence)).contains("data.information-sharing");
  }

  @Test
  void frenchAccentsAndElisionKeepExactSourceWords() {
    String text = "Ils ont convenu d’accroître l’échange d’informations.";
    LexiconMatch match =
        Lexicon.builtIn("fr").find(text, 0, text.length()).stream()
            .filter(m -> m.getCode().equals("data.information-sharing"))
            .findFirst()
            .orElseThrow();

    assertThat(match.getWords()).isEqualTo("l’échange d’informations");
    assertThat(text.substring(match.getStart(), match.getEnd())).isEqualTo(match.getWords());
  }

  @Test
  void theMatchGivesTheExactSourceWordsAndOffsets() {
    String text = "Preamble. They shared  information, as agreed.";
    int start = text.indexOf("They");
    LexiconMatch match =
        ENGLISH.find(text, start, text.length()).stream()
            .filter(m -> m.getCode().equals("data.information-sharing"))
            .findFirst()
            .orElseThrow();

    assertThat(match.getWords()).isEqualTo("shared  information");
    assertThat(match.getStart()).isEqualTo(text.indexOf("shared"));
    assertThat(match.getEnd()).isEqualTo(text.indexOf(", as"));
    assertThat(match.getKind()).isEqualTo(TagKind.SUBJECT);
    assertThat(match.getQualifierKind()).isEmpty();
    assertThat(match.getEntry()).matches("en\\.lexicon:\\d+ data\\.information-sharing");
  }

  @Test
  void onlyThePartAskedForIsSearched() {
    String text = "They share information. They fight fentanyl.";
    int second = text.indexOf("They fight");

    assertThat(codes(ENGLISH, text.substring(0, second))).contains("data.information-sharing");
    assertThat(ENGLISH.find(text, second, text.length()))
        .extracting(LexiconMatch::getCode)
        .containsExactly("crime.fentanyl");
  }

  @Test
  void aNegativeContextCancelsTheMatchItOverlaps() {
    assertThat(codes(ENGLISH, "We shared information about the meeting's agenda."))
        .doesNotContain("data.information-sharing");
    assertThat(codes(ENGLISH, "We shared information about the smuggling network."))
        .contains("data.information-sharing");
  }

  @Test
  void marketAccessIsNotLawfulAccess() {
    assertThat(codes(ENGLISH, "They discussed market access to digital communications services."))
        .doesNotContain("access.communications-content");
    assertThat(codes(ENGLISH, "They discussed access to communications by police."))
        .contains("access.communications-content");
  }

  @Test
  void aGapAllowsThatManyWordsAndNoMore() {
    // "share ... intelligence" allows three words between.
    assertThat(codes(ENGLISH, "They will share timely and actionable intelligence."))
        .contains("intelligence.sharing");
    assertThat(codes(ENGLISH, "They will share their views, and separately intelligence."))
        .doesNotContain("intelligence.sharing");
  }

  @Test
  void aPhraseIsNotGatheredAcrossTheEndOfASentence() {
    assertThat(codes(ENGLISH, "They agreed to share. Information was published."))
        .doesNotContain("data.information-sharing");
    assertThat(codes(ENGLISH, "The U.S. Attorney General said they share information."))
        .contains("data.information-sharing");
  }

  @Test
  void qualifiersCarryTheirKind() {
    String text = "They will maximize information sharing within each country's laws.";
    LexiconMatch qualifier =
        ENGLISH.find(text, 0, text.length()).stream()
            .filter(m -> m.getKind() == TagKind.QUALIFIER)
            .findFirst()
            .orElseThrow();

    assertThat(qualifier.getCode()).isEqualTo("DOMESTIC_LAW");
    assertThat(qualifier.getQualifierKind())
        .hasValueSatisfying(kind -> assertThat(kind.name()).isEqualTo("DOMESTIC_LAW"));
    assertThat(qualifier.getWords()).isEqualTo("within each country's laws");
  }
}
