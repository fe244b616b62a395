package io.github.cbcf.cli;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code cbcf} program: {@code review}, {@code import}, {@code validate}, {@code rules}, {@code
 * explain} and {@code test}. {@link #execute} runs it in-process, for tests and for programs that
 * embed it.
 */
@Command(
    name = "cbcf",
    mixinStandardHelpOptions = true,
    versionProvider = Cbcf.Version.class,
    description =
        "Flags the outcomes of a cross-border security forum that may require a lawyer's review."
            + " Findings are not legal advice.",
    subcommands = {
      ReviewCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      TestCommand.class,
      SubjectsCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on, or failed scenarios",
      "2:bad usage or bad input"
    })
public final class Cbcf implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    RuleExitGuard.install();
    VerboseOption.EngineLogging.quiet();
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the program in-process.
   *
   * @param args the command line
   * @param out where reports and listings go
   * @param err where errors and progress go
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine =
        new CommandLine(new Cbcf())
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(Cbcf::report);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Past the commands' own handling (which names the rule or the batch): still one line.
      err.println(
          "cbcf: "
              + e.getClass().getSimpleName()
              + " outside any rule; give Java more memory or stack (CBCF_OPTS=-Xmx4g -Xss4m) and"
              + " run again with --verbose to report it");
      code = ExitCodes.BAD_INPUT;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Bad input is the user's to fix: one clear line each, and a stack trace only when asked for. */
  private static int report(Exception failure, CommandLine line, CommandLine.ParseResult parsed) {
    PrintWriter err = line.getErr();
    if (failure instanceof CbcfException && !((CbcfException) failure).getProblems().isEmpty()) {
      printProblems(err, (CbcfException) failure);
    } else if (failure instanceof CbcfException
        || failure instanceof UncheckedIOException
        || failure instanceof IllegalArgumentException) {
      err.println(Problem.oneLine(String.valueOf(failure.getMessage())));
    } else {
      err.println(
          "cbcf: unexpected failure: "
              + Problem.oneLine(failure.toString())
              + " (run again with --verbose for details)");
    }
    if (isVerbose(parsed)) {
      failure.printStackTrace(err);
    }
    return ExitCodes.BAD_INPUT;
  }

  private static boolean isVerbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult at = parsed; at != null; at = at.subcommand()) {
      if (at.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Prints each problem of a failure on a line of its own, as compilers do. */
  static void printProblems(PrintWriter err, CbcfException failure) {
    for (Problem problem : failure.getProblems()) {
      err.println(problem);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version of the rule set, which is the version of cbcf. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      // Reads a properties file only: printing the version must not load the rules.
      return new String[] {"cbcf " + io.github.cbcf.rules.Reviewer.builtInRuleSetVersion()};
    }
  }
}
