package io.github.cbcf.lexicon;

import io.github.cbcf.Problem;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.model.io.NearestMatch;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads the text of one lexicon file into compiled entries, collecting every problem of the file
 * instead of stopping at the first. The format is described in {@code package-info.java}.
 */
final class LexiconFile {
  /** More than this and a "phrase" is a bag of words. */
  static final int MAX_GAP = 8;

  private static final Pattern LANGUAGE = Pattern.compile("language\\s*:\\s*(\\S*)\\s*");
  private static final Pattern HEADER =
      Pattern.compile("(subject|qualifier)(\\s+)(\\S+?)\\s*(:\\s*(.*))?");
  private static final Pattern BODY = Pattern.compile("(\\s+)([A-Za-z-]+)\\s*:\\s?(.*)");
  private static final Pattern GAP_MARK = Pattern.compile("\\s~(\\S*)\\s*$");
  private static final String ELLIPSIS = "...";

  private final String file;
  private final boolean builtIn;
  private final List<Problem> problems = new ArrayList<>();
  private final List<CompiledEntry> entries = new ArrayList<>();
  private String language;
  private Analyzer analyzer;

  private LexiconFile(String file, boolean builtIn) {
    this.file = file;
    this.builtIn = builtIn;
  }

  /**
   * @param file the name to report problems and entries under
   * @param content the file's text
   * @param builtIn true for the library's own files, whose subject codes must all be in the
   *     built-in catalogue
   */
  static LexiconFile read(String file, String content, boolean builtIn) {
    LexiconFile lexicon = new LexiconFile(file, builtIn);
    lexicon.parse(content.split("\r\n|\r|\n", -1));
    return lexicon;
  }

  String language() {
    return language;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  List<CompiledEntry> entries() {
    return entries;
  }

  List<Problem> problems() {
    return problems;
  }

  private void parse(String[] lines) {
    Draft draft = null;
    Map<String, Integer> entryLines = new HashMap<>();
    for (int index = 0; index < lines.length; index++) {
      int number = index + 1;
      String line =
          index == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[index];
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      Matcher languageLine = LANGUAGE.matcher(line);
      Matcher header = HEADER.matcher(line);
      Matcher body = BODY.matcher(line);
      if (languageLine.matches()) {
        readLanguage(languageLine, number, !entries.isEmpty() || draft != null);
      } else if (header.matches()) {
        finish(draft);
        draft = startEntry(header, number, entryLines);
      } else if (body.matches()) {
        int column = body.start(2) + 1;
        if (draft == null) {
          problem(
              number,
              column,
              "'"
                  + body.group(2)
                  + ":' is outside any entry; put it under a 'subject CODE: Label'"
                  + " or 'qualifier KIND: Label' line",
              null);
        } else {
          readBody(draft, body.group(2), body.group(3), number, column, body.start(3) + 1);
        }
      } else {
        int column = line.length() - line.stripLeading().length() + 1;
        problem(
            number,
            column,
            "line not understood; start an entry with 'subject CODE: Label' or 'qualifier KIND:"
                + " Label' at the start of a line, and indent its 'phrase:', 'not:' and 'gap:' lines under it",
            null);
      }
    }
    finish(draft);
    if (language == null) {
      problem(
          1, 1, "no 'language:' line; start the file with 'language: en' or 'language: fr'", null);
    }
  }

  private void readLanguage(Matcher line, int number, boolean late) {
    String tag = line.group(1);
    int column = line.start(1) + 1;
    if (language != null) {
      problem(
          number,
          1,
          "a second 'language:' line; a lexicon file has one language, keep one line",
          null);
    } else if (late) {
      problem(
          number,
          1,
          "'language:' comes after the first entry; move it to the top of the file",
          null);
    } else if (tag.isEmpty() || LanguageAnalyzers.forLanguage(tag).isEmpty()) {
      problem(
          number,
          column,
          "language '"
              + tag
              + "' has no analyzer; use one of "
              + String.join(", ", LanguageAnalyzers.languages().stream().sorted().toList()),
          null);
      language = tag;
    } else {
      language = LanguageAnalyzers.primary(tag);
      analyzer = LanguageAnalyzers.forLanguage(tag).orElseThrow();
    }
  }

  private Draft startEntry(Matcher header, int number, Map<String, Integer> entryLines) {
    TagKind kind = header.group(1).equals("subject") ? TagKind.SUBJECT : TagKind.QUALIFIER;
    String code = header.group(3);
    int codeColumn = header.start(3) + 1;
    boolean valid =
        kind == TagKind.SUBJECT
            ? checkSubject(code, number, codeColumn)
            : checkQualifier(code, number, codeColumn);
    String label = header.group(5) == null ? "" : header.group(5).trim();
    if (header.group(4) == null || label.isEmpty()) {
      problem(
          number,
          header.end(3) + 1,
          "entry '"
              + code
              + "' has no label; write '"
              + header.group(1)
              + " "
              + code
              + ": A short label'",
          null);
    }
    String key = kind + " " + code;
    Integer first = entryLines.putIfAbsent(key, number);
    if (first != null) {
      problem(
          number,
          1,
          "duplicate entry for "
              + code
              + ", first at line "
              + first
              + "; merge its phrases into that entry",
          null);
      valid = false;
    }
    if (language == null) {
      problem(
          number,
          1,
          "entry before any 'language:' line; start the file with 'language: en' or 'language: fr'",
          null);
    }
    return new Draft(kind, code, label, number, valid);
  }

  private boolean checkSubject(String code, int line, int column) {
    if (Subjects.isBuiltIn(code)) {
      return true;
    }
    List<String> known = Subjects.builtIn().stream().map(subject -> subject.getCode()).toList();
    Optional<String> nearest = NearestMatch.among(code, known);
    if (!Subjects.isWellFormed(code)) {
      problem(
          line,
          column,
          "malformed subject code '"
              + code
              + "'"
              + didYouMean(nearest)
              + "; write lower-case words joined by '-' and separated by '.', for example house.export-controls",
          nearest.orElse(null));
      return false;
    }
    if (builtIn) {
      problem(
          line,
          column,
          "unknown subject code '"
              + code
              + "'"
              + didYouMean(nearest)
              + "; use a code of the built-in catalogue (io.github.cbcf.model.Subjects)",
          nearest.orElse(null));
      return false;
    }
    if (nearest.isPresent()) {
      problem(
          line,
          column,
          "unknown subject code '"
              + code
              + "'"
              + didYouMean(nearest)
              + "; a house code must differ from every built-in code by more than a typo",
          nearest.get());
      return false;
    }
    return true;
  }

  private boolean checkQualifier(String kind, int line, int column) {
    List<String> known = Arrays.stream(QualifierKind.values()).map(Enum::name).toList();
    if (known.contains(kind)) {
      return true;
    }
    Optional<String> nearest = NearestMatch.among(kind, known);
    problem(
        line,
        column,
        "unknown qualifier kind '"
            + kind
            + "'"
            + didYouMean(nearest)
            + "; use one of "
            + String.join(", ", known),
        nearest.orElse(null));
    return false;
  }

  private static String didYouMean(Optional<String> nearest) {
    return nearest.map(code -> "; did you mean '" + code + "'?").orElse("");
  }

  private void readBody(
      Draft draft, String key, String value, int line, int keyColumn, int valueColumn) {
    switch (key) {
      case "gap" -> {
        if (draft.gapLine > 0) {
          problem(
              line,
              keyColumn,
              "a second 'gap:' in entry "
                  + draft.code
                  + " (first at line "
                  + draft.gapLine
                  + "); keep one, or give a phrase its own gap with ' ~N' at its end",
              null);
          return;
        }
        draft.gapLine = line;
        draft.gap = parseGap(value.trim(), line, valueColumn);
      }
      case "phrase", "not" -> {
        String text = value;
        int gap = -1;
        Matcher mark = GAP_MARK.matcher(text);
        if (mark.find()) {
          gap = parseGap(mark.group(1), line, valueColumn + mark.start(1));
          text = text.substring(0, mark.start());
        }
        text = text.trim();
        if (text.isEmpty()) {
          problem(
              line,
              valueColumn,
              "empty "
                  + ("not".equals(key) ? "negative context" : "phrase")
                  + "; write the words after '"
                  + key
                  + ":', or delete the line",
              null);
          return;
        }
        draft.lines.add(new DraftPhrase(text, gap, line, valueColumn, "not".equals(key)));
      }
      default -> {
        Optional<String> nearest = NearestMatch.among(key, List.of("phrase", "not", "gap"));
        problem(
            line,
            keyColumn,
            "unknown key '"
                + key
                + ":'"
                + didYouMean(nearest)
                + "; an entry has 'phrase:', 'not:' and 'gap:' lines",
            nearest.orElse(null));
      }
    }
  }

  private int parseGap(String value, int line, int column) {
    try {
      int gap = Integer.parseInt(value);
      if (gap >= 0 && gap <= MAX_GAP) {
        return gap;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(
        line,
        column,
        "bad gap '" + value + "'; write a whole number of words from 0 to " + MAX_GAP,
        null);
    return 0;
  }

  private void finish(Draft draft) {
    if (draft == null) {
      return;
    }
    int entryIndex = entries.size();
    List<LexiconPhrase> phrases = new ArrayList<>();
    List<LexiconPhrase> negatives = new ArrayList<>();
    List<CompiledPhrase> compiled = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (DraftPhrase phrase : draft.lines) {
      int gap = phrase.gap >= 0 ? phrase.gap : Math.max(0, draft.gap);
      Optional<CompiledPhrase> stems = compile(phrase, gap, entryIndex);
      if (stems.isEmpty()) {
        continue;
      }
      Integer first =
          seen.putIfAbsent((phrase.negative ? "not " : "") + stems.get().key(), phrase.line);
      if (first != null) {
        problem(
            phrase.line,
            phrase.column,
            "duplicate "
                + (phrase.negative ? "negative context" : "phrase")
                + " in entry "
                + draft.code
                + ": same stems as line "
                + first
                + "; delete one",
            null);
        continue;
      }
      compiled.add(stems.get());
      (phrase.negative ? negatives : phrases).add(new LexiconPhrase(phrase.text, gap, phrase.line));
    }
    if (draft.lines.stream().noneMatch(phrase -> !phrase.negative)) {
      problem(
          draft.line,
          1,
          "entry " + draft.code + " has no phrase; add an indented 'phrase: words' line",
          null);
      return;
    }
    if (draft.valid && !phrases.isEmpty()) {
      entries.add(
          new CompiledEntry(
              new LexiconEntry(
                  draft.kind, draft.code, draft.label, phrases, negatives, file, draft.line),
              compiled));
    }
  }

  private Optional<CompiledPhrase> compile(DraftPhrase phrase, int gap, int entryIndex) {
    if (analyzer == null) {
      return Optional.empty();
    }
    String[] parts = phrase.text.split(Pattern.quote(ELLIPSIS), -1);
    boolean marked = parts.length > 1;
    List<String> stems = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    for (int p = 0; p < parts.length; p++) {
      List<String> partStems = stems(parts[p]);
      if (partStems.isEmpty()) {
        if (marked) {
          problem(
              phrase.line,
              phrase.column,
              "'...' must stand between words, as in 'share ... information';"
                  + " add the missing words",
              null);
        } else {
          problem(
              phrase.line,
              phrase.column,
              "empty "
                  + (phrase.negative ? "negative context" : "phrase")
                  + " '"
                  + phrase.text
                  + "': it has no words; write words or delete the line",
              null);
        }
        return Optional.empty();
      }
      for (int s = 0; s < partStems.size(); s++) {
        stems.add(partStems.get(s));
        boolean afterEllipsis = s == 0 && p > 0;
        gaps.add(!marked || afterEllipsis ? gap : 0);
      }
    }
    if (marked && gap == 0) {
      problem(
          phrase.line,
          phrase.column,
          "'...' with a gap of 0 allows no word there; give the entry 'gap: N' or"
              + " end the phrase with ' ~N'",
          null);
      return Optional.empty();
    }
    gaps.set(0, 0);
    return Optional.of(
        new CompiledPhrase(
            stems.toArray(new String[0]),
            gaps.stream().mapToInt(Integer::intValue).toArray(),
            entryIndex,
            phrase.negative));
  }

  private List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("phrase", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    return stems;
  }

  private void problem(int line, int column, String message, String suggestion) {
    // The message already names the closest known code ("did you mean"), so the one line says
    // everything.
    problems.add(Problem.at(file, line, column, "", message));
  }

  @Override
  public String toString() {
    return file
        + " ("
        + language
        + "): "
        + entries.stream().map(e -> e.entry.getCode()).collect(Collectors.joining(", "));
  }

  private static final class Draft {
    final TagKind kind;
    final String code;
    final String label;
    final int line;
    final boolean valid;
    final List<DraftPhrase> lines = new ArrayList<>();
    int gap = -1;
    int gapLine;

    Draft(TagKind kind, String code, String label, int line, boolean valid) {
      this.kind = kind;
      this.code = code;
      this.label = label;
      this.line = line;
      this.valid = valid;
    }
  }

  private record DraftPhrase(String text, int gap, int line, int column, boolean negative) {}
}
