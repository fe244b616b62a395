/**
 * Lexicons that find subjects and qualifiers in a statement's text, in English and French, with the
 * matched words as evidence. The entry point is {@link io.github.cbcf.lexicon.Lexicon}: {@code
 * Lexicon.builtIn("en")}, optionally {@code .with(Lexicon.load(houseFile))}, then {@code find(text,
 * start, end)} on each sentence.
 *
 * <p>A lexicon file is UTF-8 text, one item per line. {@code language: en} comes first. An entry
 * starts at the beginning of a line with {@code subject CODE: Label} or {@code qualifier KIND:
 * Label}; its indented lines are {@code gap: N} (how many other words may come between a phrase's
 * words, 0 to 8, default 0), {@code phrase: words} and {@code not: words} (a negative context). A
 * phrase may end with {@code ~N} to set its own gap, and may mark with {@code ...} the only places
 * where other words may come. Words are matched on stems through Lucene analyzers, so "share",
 * "shared" and "sharing" are the same word; a match of an entry that shares a word with one of that
 * entry's negative contexts does not count. Lines starting with {@code #} are comments.
 */
package io.github.cbcf.lexicon;
