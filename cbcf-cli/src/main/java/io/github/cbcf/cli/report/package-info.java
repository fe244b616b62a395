/**
 * The reports the command line writes: {@link io.github.cbcf.cli.report.ReportFormat} names them (text, JSON,
 * Markdown, HTML, SARIF) and renders a list of {@link io.github.cbcf.cli.report.ReviewedRecord}s. Every format
 * is deterministic, so reports can be compared with golden files, and every one carries the disclaimer.
 */
package io.github.cbcf.cli.report;
