package io.github.cbcf.cli;

import io.github.cbcf.lexicon.Lexicon;
import io.github.cbcf.lexicon.LexiconEntry;
import io.github.cbcf.lexicon.LexiconPhrase;
import io.github.cbcf.lexicon.TagKind;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.RuleTriggers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The part of {@code cbcf explain} that says what can make a rule fire, and which lexicon entries
 * find the subjects and qualifiers it looks at.
 */
final class RuleTriggersText {
  /** Phrases shown per entry: enough to recognise it, the file has the rest. */
  private static final int PHRASES_SHOWN = 2;

  private RuleTriggersText() {}

  static void print(PrintWriter out, RuleTriggers triggers, List<Lexicon> lexicons) {
    out.println("What can make it fire:");
    line(out, "Subjects (any of)", describeSubjects(triggers.getSubjects(), lexicons));
    line(out, "Not when also about", describeSubjects(triggers.getExcludedSubjects(), lexicons));
    line(out, "Qualifiers needed", names(triggers.getQualifiers()));
    line(out, "Not when qualified by", names(triggers.getBlockingQualifiers()));
    line(
        out,
        "Kinds",
        triggers.getKinds().size() == OutcomeKind.values().length
            ? "any"
            : names(triggers.getKinds()));
    line(out, "Instruments", String.join("; ", triggers.getInstruments()));
    line(out, "Also", String.join("; ", triggers.getOtherConditions()));
    List<String> codes = new ArrayList<>(triggers.getSubjects());
    codes.addAll(triggers.getExcludedSubjects());
    triggers.getQualifiers().forEach(kind -> codes.add(kind.name()));
    triggers.getBlockingQualifiers().forEach(kind -> codes.add(kind.name()));
    if (codes.isEmpty()) {
      return;
    }
    out.println();
    out.println("Lexicon entries that find them in a statement's text:");
    for (String code : codes) {
      out.println("  " + code);
      boolean any = false;
      for (Lexicon lexicon : lexicons) {
        for (LexiconEntry entry : lexicon.getEntries()) {
          if (!entry.getCode().equals(code)) {
            continue;
          }
          any = true;
          out.println(
              "    "
                  + entry.getFile()
                  + ":"
                  + entry.getLine()
                  + " "
                  + entry.getLabel()
                  + ": "
                  + entry.getPhrases().stream()
                      .limit(PHRASES_SHOWN)
                      .map(LexiconPhrase::getText)
                      .map(text -> "\"" + text + "\"")
                      .collect(Collectors.joining(", "))
                  + (entry.getPhrases().size() > PHRASES_SHOWN
                      ? " (" + entry.getPhrases().size() + " phrases)"
                      : ""));
        }
      }
      if (!any) {
        out.println("    no lexicon entry: the import never sets it; encode it by hand");
      }
    }
  }

  private static void line(PrintWriter out, String what, String value) {
    if (!value.isEmpty()) {
      out.println("  " + what + ": " + value);
    }
  }

  private static String names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String describeSubjects(List<String> codes, List<Lexicon> lexicons) {
    return codes.stream()
        .map(code -> code + " (" + label(code, lexicons) + ")")
        .collect(Collectors.joining(", "));
  }

  private static String label(String code, List<Lexicon> lexicons) {
    return Subjects.builtIn().stream()
        .filter(subject -> subject.getCode().equals(code))
        .map(Subject::getLabel)
        .findFirst()
        .or(
            () ->
                lexicons.stream()
                    .flatMap(lexicon -> lexicon.getEntries().stream())
                    .filter(e -> e.getKind() == TagKind.SUBJECT && e.getCode().equals(code))
                    .map(LexiconEntry::getLabel)
                    .findFirst())
        .orElse("not in the catalogue");
  }

  /** The built-in lexicons, each with the user's lexicons of its language. */
  static List<Lexicon> lexicons(List<Path> own) {
    List<Lexicon> house = own.stream().map(Lexicon::load).toList();
    List<Lexicon> all = new ArrayList<>();
    for (String language : Lexicon.builtInLanguages().stream().sorted().toList()) {
      Lexicon lexicon = Lexicon.builtIn(language);
      for (Lexicon extra : house) {
        if (extra.getLanguage().equals(language)) {
          lexicon = lexicon.with(extra);
        }
      }
      all.add(lexicon);
    }
    return all;
  }
}
