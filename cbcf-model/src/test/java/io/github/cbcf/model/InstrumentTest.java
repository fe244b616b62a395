package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentTest {
  @Test
  void namedAndUnnamedInstrumentsAreBuilt() {
    assertThat(RecordFixtures.roadmap().isNamed()).isTrue();
    assertThat(RecordFixtures.roadmap().getJurisdictions()).containsExactly("US", "CA");
    assertThat(RecordFixtures.statute().getCitation()).contains("22 U.S.C. 611 et seq.");
    assertThat(RecordFixtures.priorArrangements().isNamed()).isFalse();
    assertThat(RecordFixtures.priorArrangements().getCitation()).isEmpty();
  }

  @Test
  void anInstrumentWithoutJurisdictionsIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Instrument.Builder()
                    .from(RecordFixtures.roadmap())
                    .jurisdictions(List.of())
                    .build());

    assertThat(violation.getPath()).isEqualTo("jurisdictions");
    assertThat(violation.getMessage())
        .isEqualTo("must list at least one jurisdiction, by ISO code");
  }

  @Test
  void aJurisdictionThatIsNoIsoCodeIsRefusedAtItsIndex() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Instrument.Builder()
                    .from(RecordFixtures.roadmap())
                    .addJurisdiction("EU")
                    .build());

    assertThat(violation.getPath()).isEqualTo("jurisdictions[2]");
    assertThat(violation.getMessage()).startsWith("'EU' is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void anUnnamedInstrumentCannotHaveACitation() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Instrument.Builder()
                    .from(RecordFixtures.priorArrangements())
                    .citation("MOU 2019-4")
                    .build());

    assertThat(violation.getPath()).isEqualTo("citation");
    assertThat(violation.getMessage())
        .isEqualTo(
            "an instrument the statement does not name cannot have a citation:"
                + " set named to true or remove the citation");
  }

  @Test
  void aBlankIdAndTitleAreBothReported() {
    assertThat(
            BrokenInvariants.of(
                () ->
                    new Instrument.Builder()
                        .from(RecordFixtures.roadmap())
                        .id("")
                        .title(" ")
                        .build()))
        .extracting(Problem::getPath)
        .containsExactly("id", "title");
  }
}
