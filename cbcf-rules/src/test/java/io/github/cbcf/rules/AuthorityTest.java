package io.github.cbcf.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Authorities as written in {@code @authorities}: jurisdictions joined by "/", and the dates they
 * apply.
 */
class AuthorityTest {

  @Test
  void readsADayFromWhichTheAuthorityApplies() {
    Authority fitaa =
        Authority.parse(
            " CA: Foreign Influence Transparency and Accountability Act [from 2024-06-20] ");

    assertThat(fitaa.getJurisdiction()).isEqualTo("CA");
    assertThat(fitaa.getCitation())
        .isEqualTo("Foreign Influence Transparency and Accountability Act");
    assertThat(fitaa.getFrom()).contains(LocalDate.of(2024, 6, 20));
    assertThat(fitaa.getTo()).isEmpty();
    assertThat(fitaa.describe())
        .isEqualTo("Foreign Influence Transparency and Accountability Act [from 2024-06-20]");
  }

  @Test
  void aYearOrAMonthCountsAsTheWholePeriod() {
    Authority lapsed = Authority.parse("GB: Some Act [from 2016 to 2023-10]");

    assertThat(lapsed.getFrom()).contains(LocalDate.of(2016, 1, 1));
    assertThat(lapsed.getTo()).contains(LocalDate.of(2023, 10, 31));
    assertThat(lapsed.inForceDuring(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)))
        .isFalse();
    assertThat(lapsed.inForceDuring(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31)))
        .isTrue();
    assertThat(lapsed.inForceDuring(LocalDate.of(2023, 10, 31), LocalDate.of(2023, 10, 31)))
        .isTrue();
    assertThat(lapsed.inForceDuring(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)))
        .isFalse();
  }

  @Test
  void anAuthorityWithoutDatesAppliesAtAnyTime() {
    Authority charter = Authority.parse("CA: Canadian Charter of Rights and Freedoms, s. 8");

    assertThat(charter.getPeriod()).isEmpty();
    assertThat(charter.inForceDuring(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void aSharedInstrumentAppliesToEachOfItsJurisdictions() {
    Authority mlat =
        Authority.parse("US/CA: Treaty on Mutual Legal Assistance in Criminal Matters [from 1990]");

    assertThat(mlat.getJurisdictions()).containsExactly("US", "CA");
    assertThat(mlat.appliesTo("CA")).isTrue();
    assertThat(mlat.appliesTo("GB")).isFalse();
  }

  @Test
  void bracketsThatAreNotDatesStayInTheCitation() {
    // Only a trailing [from ...] or [to ...] is a period; other brackets are part of the citation.
    assertThatThrownBy(() -> Authority.parse("US: Some Act [section 5]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[section 5]")
        .hasMessageContaining("[from 2024-06-20]");
    assertThat(Authority.parse("US: Some Act [2018] s. 5").getCitation())
        .isEqualTo("Some Act [2018] s. 5");
  }

  @Test
  void refusesADateItCannotRead() {
    assertThatThrownBy(() -> Authority.parse("CA: Some Act [from 2024-13-01]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2024-13-01'")
        .hasMessageContaining("a year (2019), a month (2019-07) or a day");
  }
}
