/**
 * The JUnit 5 adapter of the scenario runner: {@link
 * io.github.cbcf.scenarios.junit.ScenarioTests#of} turns {@link io.github.cbcf.scenarios.Scenarios}
 * into dynamic tests for a {@code @TestFactory}, failing with a side-by-side table, and adds the
 * rule-coverage test. It is the only part of cbcf that depends on JUnit, so the command line and
 * the scenario core run without it.
 */
package io.github.cbcf.scenarios.junit;
