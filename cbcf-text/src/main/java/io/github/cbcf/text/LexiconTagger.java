package io.github.cbcf.text;

import io.github.cbcf.lexicon.Lexicon;
import io.github.cbcf.lexicon.LexiconMatch;
import io.github.cbcf.lexicon.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds subjects and qualifiers with a {@link Lexicon}: the built-in one of the statement's
 * language (the import's default), or one of your own, for example {@code new
 * LexiconTagger(Lexicon.builtIn("en").with(Lexicon.load(f)))}.
 */
public final class LexiconTagger implements OutcomeTagger {
  private final Lexicon lexicon;

  /**
   * Creates a tagger that always uses one lexicon.
   *
   * @param lexicon the lexicon
   */
  public LexiconTagger(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * @return a tagger that uses the built-in lexicon of each statement's language
   */
  public static OutcomeTagger builtIn() {
    return builtInWith(List.of());
  }

  /**
   * A tagger that uses the built-in lexicon of each statement's language together with those of
   * your own lexicons that are in that language; a lexicon in another language is not used.
   *
   * @param own lexicons read with {@link Lexicon#load(java.nio.file.Path)}, in the order given
   * @return the tagger
   */
  public static OutcomeTagger builtInWith(List<Lexicon> own) {
    List<Lexicon> house = List.copyOf(own);
    // Merging rebuilds the phrase index: once per language, not once per statement.
    Map<String, OutcomeTagger> byLanguage = new ConcurrentHashMap<>();
    return new OutcomeTagger() {
      @Override
      public List<Tag> tag(String text, int start, int end) {
        return forLanguage("en").tag(text, start, end);
      }

      @Override
      public OutcomeTagger forLanguage(String language) {
        Lexicon builtIn = Lexicon.builtIn(language);
        return byLanguage.computeIfAbsent(
            builtIn.getLanguage(),
            primary -> {
              Lexicon lexicon = builtIn;
              for (Lexicon extra : house) {
                if (extra.getLanguage().equals(primary)) {
                  lexicon = lexicon.with(extra);
                }
              }
              return new LexiconTagger(lexicon);
            });
      }
    };
  }

  @Override
  public List<Tag> tag(String text, int start, int end) {
    List<Tag> tags = new ArrayList<>();
    for (LexiconMatch match : lexicon.find(text, start, end)) {
      if (match.getEnd() <= match.getStart()) {
        continue;
      }
      if (match.getKind() == TagKind.SUBJECT) {
        tags.add(
            Tag.subject(
                match.getCode(),
                match.getLabel(),
                match.getStart(),
                match.getEnd(),
                match.getEntry()));
      } else if (match.getQualifierKind().isPresent()) {
        tags.add(
            Tag.qualifier(
                match.getQualifierKind().get(),
                match.getStart(),
                match.getEnd(),
                match.getEntry()));
      }
    }
    return tags;
  }
}
