package io.github.cbcf.rules;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An input that could not be reviewed (it could not be read, or a rule failed on it), and why. A
 * report over several inputs lists these beside its {@link ReviewReport}s, so that it never looks
 * complete when it is not: inputs = reviewed + could not be reviewed.
 */
@Value.Immutable
public interface ReviewFailure {
  /**
   * @return the input, as the user named it (or as found in a folder)
   */
  String getFile();

  /**
   * @return why it could not be reviewed and what to do, on one line
   */
  String getReason();

  /**
   * @return the rule at fault, when a rule failed
   */
  Optional<String> getRuleName();

  /**
   * @return the outcome the rule was matching, when known
   */
  Optional<String> getOutcomeId();

  /**
   * @param file the input
   * @param reason why it could not be reviewed; line breaks become spaces
   * @return the failure
   */
  static ReviewFailure of(String file, String reason) {
    return ImmutableReviewFailure.builder().file(file).reason(oneLine(reason)).build();
  }

  /**
   * @param file the input
   * @param failure what went wrong: its problems, or its message; a {@link ReviewException} also
   *     gives the rule and outcome
   * @return the failure
   */
  static ReviewFailure of(String file, CbcfException failure) {
    String reason =
        failure.getProblems().isEmpty()
            ? String.valueOf(failure.getMessage())
            : failure.getProblems().stream()
                .map(Problem::toString)
                .collect(Collectors.joining("; "));
    ImmutableReviewFailure.Builder builder =
        ImmutableReviewFailure.builder().file(file).reason(oneLine(reason));
    if (failure instanceof ReviewException review) {
      builder.ruleName(review.getRuleName()).outcomeId(review.getOutcomeId());
    }
    return builder.build();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\R", " ").strip();
  }
}
