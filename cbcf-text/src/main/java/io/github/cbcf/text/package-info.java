/**
 * Reads a statement's text into a draft forum record. The entry point is {@link
 * io.github.cbcf.text.Statements}: {@code Statements.read(path)} returns an {@link
 * io.github.cbcf.text.ImportResult} with the record and the warnings. Every value the import
 * assigns carries an {@code Evidence} naming the words and the data-file entry it came from;
 * subjects and qualifiers come from a pluggable {@link io.github.cbcf.text.OutcomeTagger}, by
 * default the built-in lexicon of the statement's language ({@link
 * io.github.cbcf.text.LexiconTagger}).
 */
package io.github.cbcf.text;
