package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.CBCF_2024;
import static io.github.cbcf.rules.custom.SeedRecord.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.Reviewer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A rule that loops in Java, recurses without end or asks for more memory than there is ends the
 * review with one {@link ReviewException} naming the rule and the outcome; the reviewer (and the
 * program around it) goes on.
 */
class MisbehavingRulesTest {
  private static ReviewException failureOf(Reviewer reviewer) {
    try {
      reviewer.review(CBCF_2024);
    } catch (ReviewException e) {
      return e;
    }
    throw new AssertionError("the review should have failed");
  }

  private static void assertOneLineNamingRuleAndOutcome(ReviewException e, String rule) {
    assertThat(e.getRuleName()).contains(rule);
    assertThat(e.getRecordId()).isEqualTo(CBCF_2024.getId());
    assertThat(e.getOutcomeId()).isPresent();
    assertThat(CBCF_2024.getOutcomes()).anyMatch(o -> o.getId().equals(e.getOutcomeId().get()));
    assertThat(e.getMessage())
        .contains("\"" + rule + "\"")
        .contains("outcome " + e.getOutcomeId().get())
        .doesNotContain("\n");
  }

  @Test
  void endlessJavaLoopIsStoppedByTheTimeLimit() {
    Reviewer reviewer =
        Reviewer.builder()
            .addRules(resource("misbehaving/endless-loop.drl"))
            .timeLimit(Duration.ofMillis(500))
            .build();
    long started = System.nanoTime();

    ReviewException e = failureOf(reviewer);

    // Generous: the limit and the grace period are a second; the loop would spin for minutes.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    assertOneLineNamingRuleAndOutcome(e, "Spins on every outcome");
    assertThat(e.getMessage()).contains("time limit of 500 ms").contains("left running");
  }

  @Test
  void withATimeLimitAGoodReviewGivesTheSameReport() {
    Reviewer limited = Reviewer.builder().timeLimit(Duration.ofMinutes(1)).build();

    assertThat(limited.review(CBCF_2024)).isEqualTo(Reviewer.builtIn().review(CBCF_2024));
  }

  @Test
  void timeLimitMustBePositive() {
    assertThatThrownBy(() -> Reviewer.builder().timeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stackOverflowInARuleIsNamedAndContained() {
    Reviewer reviewer = Reviewer.builder().addRules(resource("misbehaving/recursion.drl")).build();

    ReviewException e = failureOf(reviewer);

    assertOneLineNamingRuleAndOutcome(e, "Recurses on every outcome");
    assertThat(e.getMessage()).contains("StackOverflowError");
    // The same reviewer can be used again: it fails the same way, it is not broken.
    assertThat(failureOf(reviewer).getRuleName()).isEqualTo(e.getRuleName());
  }

  @Test
  void stackOverflowUnderATimeLimitIsNamedToo() {
    Reviewer reviewer =
        Reviewer.builder()
            .addRules(resource("misbehaving/recursion.drl"))
            .timeLimit(Duration.ofMinutes(1))
            .build();

    assertOneLineNamingRuleAndOutcome(failureOf(reviewer), "Recurses on every outcome");
  }

  @Test
  void outOfMemoryInARuleIsNamedAndContained() {
    Reviewer reviewer = Reviewer.builder().addRules(resource("misbehaving/allocation.drl")).build();

    ReviewException e = failureOf(reviewer);

    assertOneLineNamingRuleAndOutcome(e, "Allocates on every outcome");
    assertThat(e.getMessage()).contains("OutOfMemoryError");
  }

  @Test
  void noRuleIsReportedRunningOnAThreadWithoutAReview() {
    assertThat(Reviewer.ruleRunningOn(Thread.currentThread())).isEmpty();
  }
}
