package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantTest {
  @Test
  void aParticipantRepresentsAParty() {
    Participant host = RecordFixtures.usAttorneyGeneral();

    assertThat(host.getId()).isEqualTo("us-ag");
    assertThat(host.getJurisdiction()).isEqualTo("US");
    assertThat(host.getRole()).isEqualTo(ParticipantRole.HOST);
    assertThat(host.getOffice()).contains("Department of Justice");
    assertThat(RecordFixtures.canadianMinister().getOffice()).isEmpty();
  }

  @Test
  void aBlankIdIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Participant.Builder().from(RecordFixtures.usAttorneyGeneral()).id("").build());

    assertThat(violation.getPath()).isEqualTo("id");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }

  @Test
  void aJurisdictionThatIsNoIsoCodeIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Participant.Builder()
                    .from(RecordFixtures.usAttorneyGeneral())
                    .jurisdiction("USA")
                    .build());

    assertThat(violation.getPath()).isEqualTo("jurisdiction");
    assertThat(violation.getMessage())
        .startsWith("'USA' is not an ISO 3166-1 alpha-2 country code")
        .endsWith("use two upper-case letters such as US or CA");
  }

  @Test
  void everyBrokenFieldIsReported() {
    List<Problem> violations =
        BrokenInvariants.of(
            () ->
                new Participant.Builder()
                    .id(" ")
                    .name("")
                    .title("\t")
                    .jurisdiction("us")
                    .role(ParticipantRole.GUEST)
                    .build());

    assertThat(violations)
        .extracting(Problem::getPath)
        .containsExactly("id", "name", "title", "jurisdiction");
    assertThat(violations.subList(0, 3))
        .extracting(Problem::getMessage)
        .containsOnly("must not be blank: write the text out");
  }
}
