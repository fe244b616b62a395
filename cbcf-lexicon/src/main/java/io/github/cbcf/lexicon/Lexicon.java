package io.github.cbcf.lexicon;

import io.github.cbcf.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Phrases that indicate subjects and qualifiers in a statement's text, in one language, matched on
 * word stems. Start from {@link #builtIn(String)}, add an organisation's own entries with {@link
 * #load(Path)} and {@link #with(Lexicon)}, then call {@link #find(String, int, int)} on each
 * sentence. Instances are immutable and safe to share between threads.
 */
public final class Lexicon {
  private static final String RESOURCES = "/io/github/cbcf/lexicon/";
  private static final Set<String> BUILT_IN_LANGUAGES = Set.of("en", "fr");
  private static final Map<String, Lexicon> BUILT_IN = new ConcurrentHashMap<>();

  private final String language;
  private final List<CompiledEntry> entries;
  private final PhraseIndex index;

  private Lexicon(String language, Analyzer analyzer, List<CompiledEntry> entries) {
    this.language = language;
    this.entries = List.copyOf(entries);
    this.index = new PhraseIndex(analyzer, this.entries);
  }

  /**
   * The lexicon that ships with the library for a language.
   *
   * @param language a BCP 47 tag whose primary language is {@code en} or {@code fr}, such as {@code
   *     fr-CA}
   * @return the built-in lexicon, read and checked once
   * @throws LexiconException when the language has no built-in lexicon
   */
  public static Lexicon builtIn(String language) {
    Objects.requireNonNull(language, "language");
    String primary = LanguageAnalyzers.primary(language);
    if (!BUILT_IN_LANGUAGES.contains(primary)) {
      throw new LexiconException(
          List.of(
              Problem.at(
                  "language '" + language + "'",
                  0,
                  0,
                  "",
                  "no built-in lexicon for language '"
                      + language
                      + "'; use one of "
                      + String.join(", ", builtInLanguages().stream().sorted().toList())
                      + ", or load a lexicon file of your own with Lexicon.load")));
    }
    return BUILT_IN.computeIfAbsent(primary, Lexicon::readBuiltIn);
  }

  /**
   * @return the primary language tags that have a built-in lexicon
   */
  public static Set<String> builtInLanguages() {
    return BUILT_IN_LANGUAGES;
  }

  /**
   * Reads a user's lexicon file. Its subject codes may be the built-in ones or house codes of its
   * own.
   *
   * @param file a lexicon file in the format described in the package documentation
   * @return the lexicon
   * @throws LexiconException listing every problem of the file, each with its line and column
   */
  public static Lexicon load(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(name, "file not found; check the path");
    } catch (IOException e) {
      throw single(
          name, "cannot be read (" + e.getMessage() + "); check that it is a readable file");
    }
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw single(name, "is not UTF-8 text; save it as UTF-8");
    }
    return of(LexiconFile.read(name, content, false));
  }

  private static Lexicon readBuiltIn(String language) {
    String name = language + ".lexicon";
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw single(
            name,
            "built-in lexicon missing from the class path; the cbcf-lexicon jar is incomplete");
      }
      return of(
          LexiconFile.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
    } catch (IOException e) {
      throw single(name, "cannot be read from the class path (" + e.getMessage() + ")");
    }
  }

  private static Lexicon of(LexiconFile file) {
    if (!file.problems().isEmpty()) {
      throw new LexiconException(file.problems());
    }
    return new Lexicon(file.language(), file.analyzer(), file.entries());
  }

  private static LexiconException single(String file, String message) {
    return new LexiconException(List.of(Problem.at(file, 0, 0, "", message)));
  }

  /**
   * Adds another lexicon's entries to this one's, for example an organisation's house entries to
   * the built-in ones. An entry for a code both have adds its phrases; it does not replace the
   * other.
   *
   * @param other a lexicon of the same language
   * @return a new lexicon with the entries of both
   * @throws LexiconException when the languages differ
   */
  public Lexicon with(Lexicon other) {
    Objects.requireNonNull(other, "other");
    if (!language.equals(other.language)) {
      String file = other.entries.isEmpty() ? "lexicon" : other.entries.get(0).entry.getFile();
      throw single(
          file,
          "is in language '"
              + other.language
              + "' but is added to a lexicon in '"
              + language
              + "'; add it to the "
              + other.language
              + " lexicon, or write its phrases in "
              + language);
    }
    List<CompiledEntry> merged = new ArrayList<>(entries);
    for (CompiledEntry entry : other.entries) {
      int at = merged.size();
      merged.add(
          new CompiledEntry(entry.entry, entry.phrases.stream().map(p -> p.forEntry(at)).toList()));
    }
    return new Lexicon(language, LanguageAnalyzers.forLanguage(language).orElseThrow(), merged);
  }

  /**
   * @return the primary language tag, {@code en} or {@code fr}
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return every entry, built-in ones first, each in file order
   */
  public List<LexiconEntry> getEntries() {
    return entries.stream().map(entry -> entry.entry).toList();
  }

  /**
   * Finds every entry whose phrase occurs in a part of a text, outside that entry's negative
   * contexts.
   *
   * @param text the whole text, for example a statement
   * @param start where the part to search starts, for example a sentence
   * @param end where it ends (exclusive)
   * @return the matches in text order, with offsets into {@code text}; phrases of one entry that
   *     overlap are given once, from the first to the last of their words
   */
  public List<LexiconMatch> find(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    return index.find(text, start, end);
  }

  /**
   * @return the compiled phrases, for tests of the matcher's bounds
   */
  PhraseIndex index() {
    return index;
  }

  @Override
  public String toString() {
    return "Lexicon[" + language + ", " + entries.size() + " entries]";
  }
}
