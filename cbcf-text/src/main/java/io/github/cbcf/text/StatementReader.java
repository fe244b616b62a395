package io.github.cbcf.text;

import io.github.cbcf.lexicon.Lexicon;
import io.github.cbcf.text.internal.Draft;
import io.github.cbcf.text.internal.Extracted;
import io.github.cbcf.text.internal.Extraction;
import io.github.cbcf.text.internal.Importer;
import io.github.cbcf.text.internal.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads statements into draft records with the settings it was built with. Thread-safe: one reader
 * may import many statements at once. Build one with {@link Statements#builder()}.
 */
public final class StatementReader {
  /** The largest statement file read, as for record files: 8 MiB. */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  private final Settings settings;
  private final long maxBytes;

  private StatementReader(Builder builder) {
    this.settings =
        new Settings(
            builder.language,
            builder.parties,
            builder.forum,
            builder.date,
            builder.place,
            builder.id,
            builder.tagger(),
            builder.lexicons);
    this.maxBytes = builder.maxBytes;
  }

  /**
   * Imports a statement: .txt, .md, .html, .htm or .pdf.
   *
   * @param file the statement
   * @return the draft record and the warnings about what the import could not decide
   * @throws StatementException when the file is not a statement the import can read; the message is
   *     one line
   */
  public ImportResult read(Path file) {
    Objects.requireNonNull(file, "file");
    StatementFormat format =
        StatementFormat.of(file)
            .orElseThrow(
                () ->
                    new StatementException(
                        file,
                        "is not a statement file the import reads; give a .txt, .md, .html, .htm or .pdf file"));
    if (!Files.isRegularFile(file)) {
      // Checked before opening: reading a pipe or a device could block for ever.
      throw new StatementException(
          file,
          Files.exists(file)
              ? "is not a regular file (a folder, pipe or device?); give a statement file"
              : "no such file; check the path");
    }
    Extracted extracted = Extraction.extract(file, format, maxBytes);
    Draft draft = Importer.run(file, extracted, settings);
    return new ImportResult(draft.record(), draft.warnings());
  }

  /** Builds a {@link StatementReader}; every setting is optional. */
  public static final class Builder {
    private String language;
    private final List<String> parties = new ArrayList<>();
    private String forum;
    private String date;
    private String place;
    private String id;
    private OutcomeTagger tagger;
    private final List<Lexicon> lexicons = new ArrayList<>();
    private long maxBytes = DEFAULT_MAX_BYTES;

    Builder() {}

    /**
     * Sets the statement's language instead of telling it from the text.
     *
     * @param language {@code en} or {@code fr}
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the parties instead of finding them in the text.
     *
     * @param codes ISO 3166-1 alpha-2 codes, for example {@code US}, {@code CA}
     * @return this builder
     */
    public Builder parties(String... codes) {
      this.parties.clear();
      this.parties.addAll(List.of(codes));
      return this;
    }

    /**
     * Sets the forum's name instead of finding it in the text.
     *
     * @param forum the forum's name
     * @return this builder
     */
    public Builder forum(String forum) {
      this.forum = forum;
      return this;
    }

    /**
     * Sets the meeting date instead of finding it in the text.
     *
     * @param date ISO 8601: {@code 2024}, {@code 2024-07} or {@code 2024-07-11}
     * @return this builder
     */
    public Builder date(String date) {
      this.date = date;
      return this;
    }

    /**
     * Sets the meeting place instead of finding it in the text.
     *
     * @param place where the meeting took place
     * @return this builder
     */
    public Builder place(String place) {
      this.place = place;
      return this;
    }

    /**
     * Sets the record's id; by default, the file's name without its extension.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Adds a lexicon file of your own to the built-in lexicon of the statement's language: its
     * phrases find more words for built-in subjects and qualifiers, and its house codes (for
     * example {@code house.export-controls}) are tagged and declared in the record, under the
     * entry's label, so that house rules can fire on them. A lexicon whose language is not the
     * statement's is not used, and the import says so in a warning. Repeatable.
     *
     * @param file a lexicon file (see {@link Lexicon})
     * @return this builder
     * @throws io.github.cbcf.lexicon.LexiconException at once, listing every problem of the file as
     *     {@code file:line:column: message}
     */
    public Builder addLexicon(Path file) {
      lexicons.add(Lexicon.load(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Sets the step that finds subjects and qualifiers; by default the built-in lexicon of the
     * statement's language ({@link LexiconTagger#builtIn()}) with any lexicon added by {@link
     * #addLexicon(Path)}; {@link OutcomeTagger#NONE} finds none. A tagger of your own cannot be
     * combined with {@link #addLexicon(Path)}: give it the lexicons yourself.
     *
     * @param tagger the tagger
     * @return this builder
     */
    public Builder tagger(OutcomeTagger tagger) {
      this.tagger = Objects.requireNonNull(tagger, "tagger");
      return this;
    }

    /**
     * Sets the largest file read.
     *
     * @param maxBytes the limit, in bytes
     * @return this builder
     */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * @return the reader
     * @throws IllegalStateException when both a tagger and lexicons of your own were given
     */
    public StatementReader build() {
      if (tagger != null && !lexicons.isEmpty()) {
        throw new IllegalStateException(
            "addLexicon adds to the built-in lexicon tagger, but a tagger of your own was set;"
                + " build it with LexiconTagger.builtInWith(lexicons) or drop addLexicon");
      }
      return new StatementReader(this);
    }

    private OutcomeTagger tagger() {
      return tagger != null ? tagger : LexiconTagger.builtInWith(lexicons);
    }
  }
}
