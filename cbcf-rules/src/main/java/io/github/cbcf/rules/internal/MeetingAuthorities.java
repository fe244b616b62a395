package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Party;
import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.RuleDescription;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits rules' authorities to a meeting: only those of the meeting's parties, and only those that
 * may have applied at its date; a meeting dated by year or month counts as the whole period, so an
 * authority is left out only when it certainly began after, or lapsed before, the meeting. One
 * instance serves one record's report: a rule's fit is worked out once there, however many findings
 * the rule raises. Nothing is kept across reviews, so a stream of many meetings keeps no memory.
 */
final class MeetingAuthorities {
  private final List<String> parties;
  private final Set<String> partySet;
  private final LocalDate first;
  private final LocalDate last;
  private final Map<String, Fit> byRule = new HashMap<>();

  /** A rule's authorities as they fit the meeting. */
  record Fit(List<Authority> inForce, List<Authority> notInForce, List<String> uncovered) {}

  MeetingAuthorities(ForumRecord record) {
    List<String> codes = new ArrayList<>(record.getParties().size());
    for (Party party : record.getParties()) {
      codes.add(party.getCode());
    }
    this.parties = List.copyOf(codes);
    this.partySet = Set.copyOf(codes);
    LocalDate[] period = period(record.getDate());
    this.first = period[0];
    this.last = period[1];
  }

  /**
   * @return the codes of the meeting's parties, in the record's order
   */
  List<String> parties() {
    return parties;
  }

  /**
   * @param rule a rule
   * @return the rule's authorities fitted to the meeting
   */
  Fit of(RuleDescription rule) {
    return byRule.computeIfAbsent(rule.getId(), id -> fit(rule.getAuthorities()));
  }

  private Fit fit(List<Authority> authorities) {
    List<Authority> inForce = new ArrayList<>();
    List<Authority> notInForce = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (Authority authority : authorities) {
      List<String> jurisdictions = authority.getJurisdictions();
      covered.addAll(jurisdictions);
      if (!anyOf(jurisdictions, partySet)) {
        continue;
      }
      (authority.inForceDuring(first, last) ? inForce : notInForce).add(authority);
    }
    // A user's rule that cites nothing says nothing about any party: no party is reported as
    // uncovered.
    List<String> uncovered =
        authorities.isEmpty()
            ? List.of()
            : parties.stream().filter(code -> !covered.contains(code)).toList();
    return new Fit(List.copyOf(inForce), List.copyOf(notInForce), uncovered);
  }

  private static boolean anyOf(List<String> jurisdictions, Set<String> parties) {
    for (String jurisdiction : jurisdictions) {
      if (parties.contains(jurisdiction)) {
        return true;
      }
    }
    return false;
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
