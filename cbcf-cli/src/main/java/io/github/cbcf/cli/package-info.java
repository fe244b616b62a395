/**
 * The {@code cbcf} program. {@link io.github.cbcf.cli.Cbcf} is the entry point; its subcommands
 * review record files, validate records and rule files, list and explain the rules, and run
 * scenario files. Exit codes: 0 when nothing is at or above the {@code --fail-on} threshold, 1 when
 * something is, 2 for bad usage or bad input.
 */
package io.github.cbcf.cli;
