package io.github.cbcf.lexicon;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A lexicon could not be read or used; it lists every problem found, one line each with its place.
 */
public final class LexiconException extends CbcfException {
  private static final long serialVersionUID = 1L;

  LexiconException(List<Problem> problems) {
    super(describe(problems), problems.stream().sorted().toList(), false);
  }

  private static String describe(List<Problem> problems) {
    String lines =
        problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n"));
    return problems.size() == 1 ? lines : problems.size() + " problems in lexicon:\n" + lines;
  }
}
