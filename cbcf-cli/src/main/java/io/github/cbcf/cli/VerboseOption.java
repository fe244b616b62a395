package io.github.cbcf.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: print stack traces with errors, for reporting a bug in cbcf. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;
}
