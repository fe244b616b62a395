package io.github.cbcf.text;

import io.github.cbcf.lexicon.Lexicon;
import io.github.cbcf.lexicon.LexiconMatch;
import io.github.cbcf.lexicon.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    return new OutcomeTagger() {
      @Override
      public List<Tag> tag(String text, int start, int end) {
        return forLanguage("en").tag(text, start, end);
      }

      @Override
      public OutcomeTagger forLanguage(String language) {
        return new LexiconTagger(Lexicon.builtIn(language));
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
        tags.add(Tag.subject(match.getCode(), match.getStart(), match.getEnd(), match.getEntry()));
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
