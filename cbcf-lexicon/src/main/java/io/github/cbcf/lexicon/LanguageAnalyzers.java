package io.github.cbcf.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The analyzer chain of each language a lexicon may be written in. No stop words are removed, so
 * that a phrase's small words ("of", "de") count and gaps are measured in source words. Lucene
 * analyzers are thread-safe and keep their token streams per thread, so one instance per language
 * is shared.
 */
final class LanguageAnalyzers {
  private static final Map<String, Analyzer> BY_LANGUAGE = Map.of("en", english(), "fr", french());

  private LanguageAnalyzers() {}

  static Set<String> languages() {
    return BY_LANGUAGE.keySet();
  }

  /**
   * @return the analyzer for a BCP 47 tag's primary language, if there is one
   */
  static Optional<Analyzer> forLanguage(String tag) {
    return Optional.ofNullable(BY_LANGUAGE.get(primary(tag)));
  }

  static String primary(String tag) {
    String trimmed = tag.trim().toLowerCase(Locale.ROOT);
    int dash = trimmed.indexOf('-');
    int underscore = trimmed.indexOf('_');
    int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    return cut < 0 ? trimmed : trimmed.substring(0, cut);
  }

  /**
   * Porter2 (Snowball English) keeps "communication" and "community" apart, which Porter does not.
   */
  private static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /**
   * Elision first ("l'information" is "information"), accents folded so "echange" finds "échange",
   * then Lucene's light French stemmer (plurals: "lois" is "loi") followed by Snowball's (verb
   * tenses: "partageront" is "partager"), as neither alone handles both.
   */
  private static Analyzer french() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        stream = new SnowballFilter(stream, new FrenchStemmer());
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
