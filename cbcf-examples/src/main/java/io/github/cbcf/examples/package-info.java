/**
 * The library used as a user would. {@link io.github.cbcf.examples.ReviewExample} builds a small
 * record with the model's builders and reviews it; {@link
 * io.github.cbcf.examples.ReviewBundledRecord} reads a record file (by default the bundled 2024
 * forum) and prints a readable report of what may require a lawyer's review. The scenario runner
 * users put in their own tests lives in {@link io.github.cbcf.scenarios}.
 */
package io.github.cbcf.examples;
