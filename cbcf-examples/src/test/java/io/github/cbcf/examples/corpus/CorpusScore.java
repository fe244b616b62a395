package io.github.cbcf.examples.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a review of one corpus statement against the reviewer's expectations, written before the
 * code ran. An expected finding is found when a finding of the same rule rests on an outcome whose
 * place in the source overlaps the expected sentence; an expected absence is violated the same way.
 * Findings neither expected nor declared absent are counted as unlabelled: the expectations say
 * nothing of them.
 */
final class CorpusScore {
  /**
   * A finding the review raised: its rule and the places in the source of the outcomes it rests on.
   */
  record Raised(String rule, List<int[]> spans) {}

  /** An expectation: a rule and a distinctive substring of the sentence it is about. */
  record Expected(String rule, String sentence, String why) {}

  /** One expectation's verdict. */
  record Verdict(String statement, Expected expected, boolean met, String detail) {}

  private final List<Verdict> wanted = new ArrayList<>();
  private final List<Verdict> unwanted = new ArrayList<>();
  private int raised;
  private int unlabelled;

  /**
   * Adds one statement's review.
   *
   * @param statement the statement's id
   * @param source the text the outcomes' offsets refer to
   * @param findings what the review raised
   * @param expected the findings the reviewer wants
   * @param absent the findings that must not appear
   */
  void add(
      String statement,
      String source,
      List<Raised> findings,
      List<Expected> expected,
      List<Expected> absent) {
    raised += findings.size();
    List<Raised> labelled = new ArrayList<>();
    for (Expected e : expected) {
      List<Raised> hits = hits(source, findings, e);
      labelled.addAll(hits);
      wanted.add(new Verdict(statement, e, !hits.isEmpty(), where(source, e)));
    }
    for (Expected e : absent) {
      List<Raised> hits = hits(source, findings, e);
      labelled.addAll(hits);
      unwanted.add(new Verdict(statement, e, hits.isEmpty(), where(source, e)));
    }
    unlabelled +=
        (int) findings.stream().filter(f -> labelled.stream().noneMatch(l -> l == f)).count();
  }

  private static String where(String source, Expected e) {
    return locate(source, e.sentence()) < 0 ? "sentence not in the imported text" : "";
  }

  private static List<Raised> hits(String source, List<Raised> findings, Expected e) {
    int at = locate(source, e.sentence());
    if (at < 0) {
      return List.of();
    }
    int end = at + normalise(e.sentence()).length();
    return findings.stream()
        .filter(f -> f.rule().equals(e.rule()))
        .filter(f -> f.spans().stream().anyMatch(s -> s[0] < end && at < s[1]))
        .toList();
  }

  /**
   * Where a sentence stands in the source, ignoring differences of quotes and runs of white space.
   */
  static int locate(String source, String sentence) {
    String wantedText = normalise(sentence);
    int exact = source.indexOf(sentence.strip());
    if (exact >= 0) {
      return exact;
    }
    return normalise(source).indexOf(wantedText);
  }

  /** Same length as the input for quotes (one character for one), so offsets stay comparable. */
  static String normalise(String text) {
    return text.strip()
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201C', '"')
        .replace('\u201D', '"')
        .replace('\u00A0', ' ')
        .toLowerCase(Locale.ROOT);
  }

  /**
   * @return expected findings that were raised, over all expected findings
   */
  double recall() {
    return wanted.isEmpty()
        ? 1.0
        : (double) wanted.stream().filter(Verdict::met).count() / wanted.size();
  }

  /**
   * @return labelled findings that were right, over all labelled findings raised
   */
  double precision() {
    long right = wanted.stream().filter(Verdict::met).count();
    long wrong = unwanted.stream().filter(v -> !v.met()).count();
    return right + wrong == 0 ? 1.0 : (double) right / (right + wrong);
  }

  List<Verdict> missed() {
    return wanted.stream().filter(v -> !v.met()).toList();
  }

  List<Verdict> wronglyRaised() {
    return unwanted.stream().filter(v -> !v.met()).toList();
  }

  int expectedCount() {
    return wanted.size();
  }

  int absentCount() {
    return unwanted.size();
  }

  int raisedCount() {
    return raised;
  }

  int unlabelledCount() {
    return unlabelled;
  }

  /**
   * @return a Markdown summary, for the README and the issue note
   */
  String summary() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "recall %.2f (%d of %d expected findings), precision %.2f"
                + " (%d expected absences, %d violated), %d findings raised, %d unlabelled%n",
            recall(),
            wanted.stream().filter(Verdict::met).count(),
            wanted.size(),
            precision(),
            unwanted.size(),
            wronglyRaised().size(),
            raised,
            unlabelled));
    for (Verdict v : missed()) {
      out.append("- missed ")
          .append(v.statement())
          .append(' ')
          .append(v.expected().rule())
          .append(": \"")
          .append(v.expected().sentence())
          .append('"')
          .append(v.detail().isEmpty() ? "" : " (" + v.detail() + ")")
          .append('\n');
    }
    for (Verdict v : wronglyRaised()) {
      out.append("- raised though absent ")
          .append(v.statement())
          .append(' ')
          .append(v.expected().rule())
          .append(": \"")
          .append(v.expected().sentence())
          .append("\"\n");
    }
    return out.toString();
  }
}
