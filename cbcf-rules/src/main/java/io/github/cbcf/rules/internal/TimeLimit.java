package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.ReviewException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a review on a worker thread and gives up on it past a limit: the session is halted and the
 * thread interrupted, and a rule that ignores both (an endless Java loop) is left behind on its
 * daemon thread, which the message says. Java can no longer stop such a thread safely.
 */
final class TimeLimit {
  /** How long a halted review may take to wind down before its thread is abandoned. */
  private static final Duration GRACE = Duration.ofMillis(500);

  private static final AtomicLong WORKERS = new AtomicLong();

  private TimeLimit() {}

  static <T> T run(Supplier<T> review, Duration limit, RuleInProgress progress) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                result.set(review.get());
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "cbcf-review-" + WORKERS.incrementAndGet());
    worker.setDaemon(true);
    worker.start();
    boolean interrupted = false;
    try {
      worker.join(Math.max(1, limit.toMillis()));
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (worker.isAlive()) {
      // Read before halting: winding down clears the rule being fired.
      String rule = progress.ruleName();
      String outcome = progress.outcomeId();
      String doing = progress.describe();
      progress.halt();
      worker.interrupt();
      try {
        worker.join(GRACE.toMillis());
      } catch (InterruptedException e) {
        interrupted = true;
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      boolean abandoned = worker.isAlive();
      throw new ReviewException(
          (interrupted
                  ? "The review was interrupted"
                  : "The review ran past its time limit of " + seconds(limit))
              + " while running "
              + doing
              + (abandoned
                  ? "; the rule did not stop when asked and was left running on a background"
                      + " thread"
                  : "")
              + ". A rule that loops without end must be fixed or removed; for a slow but sound"
              + " rule, raise the limit (Reviewer.Builder.timeLimit, --time-limit)."
              + " No report was produced.",
          rule,
          progress.recordIds(),
          outcome,
          null);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException) {
      throw (RuntimeException) thrown;
    }
    if (thrown instanceof Error) {
      throw (Error) thrown;
    }
    return result.get();
  }

  private static String seconds(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
