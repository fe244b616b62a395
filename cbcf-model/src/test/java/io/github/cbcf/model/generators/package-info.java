/**
 * Seeded generators of valid model values, for property tests in this module and, through its
 * test-jar, in others: {@link io.github.cbcf.model.generators.RecordGenerator} builds arbitrary
 * valid records from a {@link java.util.SplittableRandom}, and {@link
 * io.github.cbcf.model.generators.Seeds} gives each try its seed (settable with {@code -Dcbcf.seed}
 * and {@code -Dcbcf.tries}) so that a failure can be replayed.
 */
package io.github.cbcf.model.generators;
