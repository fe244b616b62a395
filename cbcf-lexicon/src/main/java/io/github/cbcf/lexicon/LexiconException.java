package io.github.cbcf.lexicon;

import java.util.List;
import java.util.stream.Collectors;

/** A lexicon could not be read or used; it lists every problem found, one line each with its place. */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<LexiconProblem> problems;

  LexiconException(List<LexiconProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<LexiconProblem> problems) {
    String lines = problems.stream().sorted().map(LexiconProblem::toString).collect(Collectors.joining("\n"));
    return problems.size() == 1 ? lines : problems.size() + " problems in lexicon:\n" + lines;
  }

  /** @return every problem found, in file, line and column order */
  public List<LexiconProblem> getProblems() {
    return problems.stream().sorted().toList();
  }
}
