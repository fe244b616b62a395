package io.github.cbcf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cbcf.Problem;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Runs a build that must break an invariant, and returns what it reported, for the test to check.
 */
final class BrokenInvariants {
  private BrokenInvariants() {}

  /**
   * @return every violation the build reported; fails the test when it built or threw something
   *     else
   */
  static List<Problem> of(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown)
        .as("the build must break an invariant")
        .isInstanceOf(ModelViolationException.class);
    return ((ModelViolationException) thrown).getProblems();
  }

  /**
   * @return the one violation the build reported; fails the test when there are none or several
   */
  static Problem only(ThrowingCallable build) {
    List<Problem> violations = of(build);
    assertThat(violations).as("violations").hasSize(1);
    return violations.get(0);
  }
}
