/**
 * The import's machinery, not part of the API: {@code Extraction} reads a file into text, {@code
 * Importer} runs the steps (layout, ICU sentences, clauses, parties, instruments, meeting facts,
 * contacts) over it. The language data lives in tab-separated files beside {@code
 * io/github/cbcf/text/}, one row per entry.
 */
package io.github.cbcf.text.internal;
