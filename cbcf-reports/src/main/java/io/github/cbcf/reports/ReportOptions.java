package io.github.cbcf.reports;

/**
 * How to render a report: colour for a terminal, and whether to show personal data. By default
 * personal data (contacts who are people) is withheld from every format.
 *
 * <pre>{@code
 * ReportFormat.HTML.render(reports, rules, ReportOptions.defaults().includePersonalData(true));
 * }</pre>
 */
public final class ReportOptions {
  private static final ReportOptions DEFAULTS = new ReportOptions(false, false);

  private final boolean colour;
  private final boolean personalData;

  private ReportOptions(boolean colour, boolean personalData) {
    this.colour = colour;
    this.personalData = personalData;
  }

  /**
   * @return no colour, personal data withheld
   */
  public static ReportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * @param on whether to colour text for a terminal (text format only)
   * @return these options with that
   */
  public ReportOptions colour(boolean on) {
    return new ReportOptions(on, personalData);
  }

  /**
   * @param on whether to show the values the record marks as personal data
   * @return these options with that
   */
  public ReportOptions includePersonalData(boolean on) {
    return new ReportOptions(colour, on);
  }

  /**
   * @return whether text is coloured
   */
  public boolean isColour() {
    return colour;
  }

  /**
   * @return whether personal data is shown
   */
  public boolean isIncludePersonalData() {
    return personalData;
  }
}
