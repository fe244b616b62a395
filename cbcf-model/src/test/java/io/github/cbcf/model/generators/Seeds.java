package io.github.cbcf.model.generators;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The seeds of property tests. Each try gets its own seed, shown in the test's display name; to
 * replay a failure, run with {@code -Dcbcf.seed=<that seed> -Dcbcf.tries=1}. The base seed is fixed
 * by default, so that a build is repeatable; {@code -Dcbcf.seed=random} picks a new one.
 */
public final class Seeds {
  /** System property holding the base seed: a number, or {@code random}. */
  public static final String SEED_PROPERTY = "cbcf.seed";

  /** System property holding the number of tries. */
  public static final String TRIES_PROPERTY = "cbcf.tries";

  /** The base seed when none is given. */
  public static final long DEFAULT_SEED = 20240711L;

  /** The number of tries when none is given. */
  public static final int DEFAULT_TRIES = 200;

  private Seeds() {}

  /**
   * @return the base seed: {@value #SEED_PROPERTY}, or {@value #DEFAULT_SEED}
   */
  public static long baseSeed() {
    String value = System.getProperty(SEED_PROPERTY, "").trim();
    if (value.isEmpty()) {
      return DEFAULT_SEED;
    }
    if (value.equalsIgnoreCase("random")) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          SEED_PROPERTY + " must be a whole number or 'random', got " + value, e);
    }
  }

  /**
   * @return the number of tries: {@value #TRIES_PROPERTY}, or {@value #DEFAULT_TRIES}
   */
  public static int tries() {
    String value = System.getProperty(TRIES_PROPERTY, "").trim();
    if (value.isEmpty()) {
      return DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(value);
      if (tries < 1) {
        throw new IllegalArgumentException(TRIES_PROPERTY + " must be 1 or more, got " + value);
      }
      return tries;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          TRIES_PROPERTY + " must be a whole number, got " + value, e);
    }
  }

  /**
   * Returns one seed per try: the base seed, then the ones after it, so that the first seed of a
   * run is the one given and a single failing seed replays with {@code tries=1}.
   *
   * @return {@link #tries()} seeds starting at {@link #baseSeed()}
   */
  public static LongStream seeds() {
    long base = baseSeed();
    return LongStream.range(0, tries()).map(i -> base + i);
  }
}
