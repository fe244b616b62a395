package io.github.cbcf.model;

import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Jurisdictions are named by ISO 3166-1 alpha-2 country codes ({@code US}, {@code CA}, {@code GB},
 * ...), so a record can hold any number of parties: a bilateral forum as well as a five-country
 * ministerial.
 */
public final class Jurisdictions {
  /** The United States. */
  public static final String UNITED_STATES = "US";

  /** Canada. */
  public static final String CANADA = "CA";

  private static final SortedSet<String> CODES = new TreeSet<>(Set.of(Locale.getISOCountries()));

  private Jurisdictions() {}

  /**
   * Tells whether a code is an ISO 3166-1 alpha-2 country code.
   *
   * @param code the code, upper case
   * @return true when the code is known
   */
  public static boolean isCountryCode(String code) {
    return CODES.contains(code);
  }

  /**
   * @return every ISO 3166-1 alpha-2 code this JVM knows, sorted
   */
  public static SortedSet<String> countryCodes() {
    return java.util.Collections.unmodifiableSortedSet(CODES);
  }

  static void check(Invariants invariants, String code, String path) {
    invariants.require(
        isCountryCode(code),
        path,
        "'"
            + code
            + "' is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such as US or CA");
  }
}
