/**
 * Review reports as documents: {@link io.github.cbcf.reports.ReportFormat} renders a list of {@link
 * io.github.cbcf.rules.ReviewReport}s as text, the versioned {@code cbcf-report} JSON, Markdown, a
 * single-page HTML, SARIF 2.1.0 or JUnit XML. Every format works from the reports alone (no record,
 * no command line), is deterministic, so that it can be compared with golden files, and carries the
 * disclaimer. Inputs that could not be reviewed are listed in every format beside the reports, and
 * every value is escaped for its format; {@link io.github.cbcf.reports.ControlCharacters}
 * neutralises what a terminal would act on.
 */
package io.github.cbcf.reports;
