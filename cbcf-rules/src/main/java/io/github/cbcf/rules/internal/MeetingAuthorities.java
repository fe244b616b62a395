package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Party;
import io.github.cbcf.rules.Authority;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fits a rule's authorities to one meeting: only those of the meeting's parties, and only those
 * that may have applied at its date; a meeting dated by year or month counts as the whole period,
 * so an authority is left out only when it certainly began after, or lapsed before, the meeting.
 */
final class MeetingAuthorities {
  private MeetingAuthorities() {}

  static List<Authority> inForce(List<Authority> authorities, ForumRecord record) {
    LocalDate[] period = period(record.getDate());
    return ofParties(authorities, record).stream()
        .filter(a -> a.inForceDuring(period[0], period[1]))
        .toList();
  }

  static List<Authority> notInForce(List<Authority> authorities, ForumRecord record) {
    LocalDate[] period = period(record.getDate());
    return ofParties(authorities, record).stream()
        .filter(a -> !a.inForceDuring(period[0], period[1]))
        .toList();
  }

  static List<String> uncovered(List<Authority> authorities, ForumRecord record) {
    if (authorities.isEmpty()) {
      // A user's rule that cites nothing says nothing about any party: no party is reported as
      // uncovered.
      return List.of();
    }
    Set<String> covered =
        authorities.stream()
            .flatMap(a -> a.getJurisdictions().stream())
            .collect(Collectors.toSet());
    return record.getParties().stream()
        .map(Party::getCode)
        .filter(code -> !covered.contains(code))
        .toList();
  }

  private static List<Authority> ofParties(List<Authority> authorities, ForumRecord record) {
    Set<String> parties =
        record.getParties().stream().map(Party::getCode).collect(Collectors.toSet());
    return authorities.stream()
        .filter(a -> a.getJurisdictions().stream().anyMatch(parties::contains))
        .toList();
  }

  /** The first and last day of a record's date: 2024, 2024-07 or 2024-07-11. */
  private static LocalDate[] period(String date) {
    switch (date.length()) {
      case 4:
        int year = Integer.parseInt(date);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      case 7:
        YearMonth month = YearMonth.parse(date);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      default:
        LocalDate day = LocalDate.parse(date);
        return new LocalDate[] {day, day};
    }
  }
}
