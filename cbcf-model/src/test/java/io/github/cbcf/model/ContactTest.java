package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.Problem;
import org.junit.jupiter.api.Test;

class ContactTest {
  @Test
  void anOfficeContactIsNotPersonalData() {
    Contact office = RecordFixtures.mediaRelations();

    assertThat(office.getName()).isEmpty();
    assertThat(office.isPersonalData()).isFalse();
    assertThat(RecordFixtures.namedSpokesperson().isPersonalData()).isTrue();
  }

  @Test
  void aPhoneAloneIsEnough() {
    Contact contact =
        new Contact.Builder()
            .office("Public Safety Canada")
            .phone("613-991-0657")
            .personalData(false)
            .build();

    assertThat(contact.getEmail()).isEmpty();
  }

  @Test
  void aContactWithNeitherPhoneNorEmailIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () -> new Contact.Builder().office("Public Safety Canada").personalData(false).build());

    assertThat(violation.getPath()).as("the contact as a whole").isEmpty();
    assertThat(violation.getMessage())
        .isEqualTo("a contact needs a phone or an email: add the one the statement gives");
    assertThat(violation).hasToString(violation.getMessage());
  }

  @Test
  void aContactThatNamesAPersonMustBeMarkedPersonalData() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Contact.Builder()
                    .from(RecordFixtures.namedSpokesperson())
                    .personalData(false)
                    .build());

    assertThat(violation.getPath()).isEqualTo("personalData");
    assertThat(violation.getMessage())
        .isEqualTo("a contact that names a person is personal data: set personalData to true");
  }

  @Test
  void anEmailWithoutAnAtSignIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () ->
                new Contact.Builder()
                    .from(RecordFixtures.mediaRelations())
                    .email("media at ps-sp.gc.ca")
                    .build());

    assertThat(violation.getPath()).isEqualTo("email");
    assertThat(violation.getMessage())
        .isEqualTo("'media at ps-sp.gc.ca' is not an e-mail address: write it as name@domain");
  }

  @Test
  void aBlankOfficeIsRefused() {
    Problem violation =
        BrokenInvariants.only(
            () -> new Contact.Builder().from(RecordFixtures.mediaRelations()).office(" ").build());

    assertThat(violation.getPath()).isEqualTo("office");
    assertThat(violation.getMessage()).isEqualTo("must not be blank: write the text out");
  }
}
