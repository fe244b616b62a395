package io.github.cbcf.cli;

import io.github.cbcf.CbcfException;
import io.github.cbcf.Problem;
import io.github.cbcf.reports.ControlCharacters;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on, or failed scenarios",
      "2:bad usage, bad or empty input, or an input that could not be reviewed"
    })
public final class Cbcf implements Runnable {
  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ReviewCommand.class,
          ImportCommand.class,
          ValidateCommand.class,
          RulesCommand.class,
          ExplainCommand.class,
          TestCommand.class,
          SubjectsCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Standard output as given, for what escapes itself or must not change: a coloured text report, a
   * record written by {@code import}.
   */
  PrintWriter rawOut;

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    RuleExitGuard.install();
    VerboseOption.EngineLogging.quiet();
    WarmUp.startFor(args);
    // UTF-8 whatever the locale: under LANG=C the JVM's default would turn every non-ASCII
    // character into '?'.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the program in-process on byte streams, writing UTF-8 to both.
   *
   * @param args the command line
   * @param out where reports and listings go
   * @param err where errors and progress go
   * @return the exit code
   */
  public static int execute(String[] args, OutputStream out, OutputStream err) {
    return execute(
        args,
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
  }

  /**
   * Runs the program in-process.
   *
   * @param args the command line
   * @param out where reports and listings go
   * @param err where errors and progress go; control characters are shown as escapes
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    // Nothing cbcf writes to standard error is meant to drive the terminal: a control character
    // from a file name or a record is shown as an escape, never acted on.
    PrintWriter safeErr = new PrintWriter(ControlCharacters.escaping(err), true);
    // The same on standard output, but for a coloured text report, whose renderer escapes every
    // value and adds colour itself, and a record, which is data.
    PrintWriter safeOut = new PrintWriter(ControlCharacters.escaping(out), true);
    Cbcf program = new Cbcf();
    program.rawOut = out;
    CommandLine commandLine = new CommandLine(program);
    // Building a subcommand's model takes picocli a good part of a cold start: when the command
    // line names one, only that one is built. Settings are set after, as they reach only the
    // subcommands already added.
    for (Class<?> subcommand : subcommandsFor(args)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine
        .setOut(safeOut)
        .setErr(safeErr)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Cbcf::report);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Past the commands' own handling (which names the rule or the batch): still one line.
      safeErr.println(
          "cbcf: "
              + e.getClass().getSimpleName()
              + " outside any rule; give Java more memory or stack (CBCF_OPTS=-Xmx4g -Xss4m) and"
              + " run again with --verbose to report it");
      code = ExitCodes.BAD_INPUT;
    }
    safeOut.flush();
    out.flush();
    safeErr.flush();
    return code;
  }

  /**
   * @param args the command line
   * @return the subcommand its first word names, none for {@code --version} alone, or every
   *     subcommand when it names none (for {@code --help}, or to suggest the nearest name)
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
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
