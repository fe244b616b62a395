/**
 * JMH benchmarks of the Drools {@link io.github.cbcf.rules.Reviewer} against {@link
 * io.github.cbcf.benchmarks.PlainJavaReview}, a hand-written plain-Java implementation of the same
 * built-in rules that is measured in the same run as the baseline. {@link
 * io.github.cbcf.benchmarks.Meetings} supplies the records, {@link
 * io.github.cbcf.benchmarks.SyntheticRules} the generated rule sets, and {@link
 * io.github.cbcf.benchmarks.RatioTable} turns JMH's JSON results into the ratio tables of
 * BENCHMARKS.md. Run them with {@code java -jar cbcf-benchmarks/target/benchmarks.jar}; the build
 * only runs the tests.
 */
package io.github.cbcf.benchmarks;
