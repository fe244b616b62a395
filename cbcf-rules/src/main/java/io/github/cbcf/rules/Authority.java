package io.github.cbcf.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An authority a reviewer may check: a citation, the jurisdictions it belongs to ({@code US},
 * {@code CA}, or {@code US/CA} for an instrument several share) and, where known, the dates it
 * applies from and to. Written in rule metadata as {@code "CA: Foreign Influence Transparency and
 * Accountability Act [from 2024-06-20]"}; a date may be a year, a month or a day ({@code [from
 * 2019]}, {@code [from 2022-03]}, {@code [from 2016 to 2023-10-26]}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuthority.class)
@JsonDeserialize(as = ImmutableAuthority.class)
public interface Authority {
  /**
   * The dates written after a citation: {@code [from D]}, {@code [to D]} or {@code [from D to D]}.
   */
  Pattern DATES_TEXT = Pattern.compile("(?:from\\s+([0-9-]+))?\\s*(?:to\\s+([0-9-]+))?");

  /**
   * @return the jurisdiction, as the rule states it
   */
  String getJurisdiction();

  /**
   * @return the citation
   */
  String getCitation();

  /**
   * @return the dates as the rule writes them, without brackets: {@code from 2019}, {@code from
   *     2016 to 2023}
   */
  Optional<String> getPeriod();

  /**
   * @return the first day it applies, when the rule says (a year or month counts from its first
   *     day)
   */
  @JsonIgnore
  @Value.Lazy
  default Optional<LocalDate> getFrom() {
    return getPeriod()
        .map(DATES_TEXT::matcher)
        .filter(Matcher::matches)
        .flatMap(m -> Optional.ofNullable(m.group(1)))
        .map(d -> day(d, d, true));
  }

  /**
   * @return the last day it applied, when it lapsed (a year or month counts to its last day)
   */
  @JsonIgnore
  @Value.Lazy
  default Optional<LocalDate> getTo() {
    return getPeriod()
        .map(DATES_TEXT::matcher)
        .filter(Matcher::matches)
        .flatMap(m -> Optional.ofNullable(m.group(2)))
        .map(d -> day(d, d, false));
  }

  /**
   * @return the jurisdictions it belongs to: {@code US/CA} gives {@code [US, CA]}
   */
  @JsonIgnore
  @Value.Lazy
  default List<String> getJurisdictions() {
    return List.of(getJurisdiction().split("/"));
  }

  /**
   * @param party a party's code
   * @return true when the authority belongs to that party's jurisdiction
   */
  default boolean appliesTo(String party) {
    return getJurisdictions().contains(party);
  }

  /**
   * Tells whether the authority may have applied at some time in a period: it began no later than
   * the period's end and had not lapsed before its start. An authority without dates applies at any
   * time.
   *
   * @param first the first day of the period
   * @param last the last day of the period
   * @return false only when it certainly began after, or lapsed before, the period
   */
  default boolean inForceDuring(LocalDate first, LocalDate last) {
    return getFrom().map(from -> !from.isAfter(last)).orElse(true)
        && getTo().map(to -> !to.isBefore(first)).orElse(true);
  }

  /**
   * Creates an authority without dates.
   *
   * @param jurisdiction the jurisdiction
   * @param citation the citation
   * @return the authority
   */
  static Authority of(String jurisdiction, String citation) {
    return ImmutableAuthority.builder().jurisdiction(jurisdiction).citation(citation).build();
  }

  /**
   * Parses one entry of an {@code @authorities} list, {@code "JURISDICTION: citation [from DATE to
   * DATE]"}; the dates are optional.
   *
   * @param entry the entry
   * @return the authority
   * @throws IllegalArgumentException when the entry has no jurisdiction or a date cannot be read
   */
  static Authority parse(String entry) {
    int colon = entry.indexOf(':');
    if (colon <= 0 || colon == entry.length() - 1) {
      throw new IllegalArgumentException(
          "'"
              + entry.trim()
              + "' has no jurisdiction: write it as"
              + " \"CA: Privacy Act, s. 8(2)(f)\"");
    }
    String citation = entry.substring(colon + 1).trim();
    ImmutableAuthority.Builder authority =
        ImmutableAuthority.builder().jurisdiction(entry.substring(0, colon).trim());
    int bracket = citation.lastIndexOf('[');
    if (bracket >= 0 && citation.endsWith("]")) {
      String period = citation.substring(bracket + 1, citation.length() - 1).trim();
      Matcher dates = DATES_TEXT.matcher(period);
      if (!dates.matches() || dates.group(1) == null && dates.group(2) == null) {
        throw new IllegalArgumentException(
            "'"
                + citation.substring(bracket)
                + "' in '"
                + entry.trim()
                + "' is not a date range: write [from 2024-06-20], [to 2023], or [from 2016 to 2023-10-26]");
      }
      if (dates.group(1) != null) {
        day(dates.group(1), entry, true);
      }
      if (dates.group(2) != null) {
        day(dates.group(2), entry, false);
      }
      authority.period(period);
      citation = citation.substring(0, bracket).trim();
    }
    return authority.citation(citation).build();
  }

  /**
   * Reads a date of a period.
   *
   * @param text a year, month or day
   * @param entry the entry it stands in, for the message
   * @param first true for the first day of a year or month, false for its last
   * @return the day
   */
  private static LocalDate day(String text, String entry, boolean first) {
    try {
      switch (text.length()) {
        case 4:
          return first
              ? LocalDate.of(Integer.parseInt(text), 1, 1)
              : LocalDate.of(Integer.parseInt(text), 12, 31);
        case 7:
          YearMonth month = YearMonth.parse(text);
          return first ? month.atDay(1) : month.atEndOfMonth();
        default:
          return LocalDate.parse(text);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' in '"
              + entry.trim()
              + "' is not a date: write a year"
              + " (2019), a month (2019-07) or a day (2019-07-13)");
    }
  }

  /**
   * @return the citation with its dates, as written in rule metadata
   */
  default String describe() {
    return getPeriod().map(p -> getCitation() + " [" + p + "]").orElse(getCitation());
  }
}
