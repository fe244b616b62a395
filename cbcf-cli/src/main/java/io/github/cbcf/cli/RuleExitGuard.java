package io.github.cbcf.cli;

import io.github.cbcf.rules.Reviewer;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a rule from ending the program: a shutdown hook that, when {@code System.exit} was called
 * from inside a review, prints one line naming the rule and halts with exit code 2 instead of the
 * code the rule chose. Java 17 has no supported way to refuse the exit itself (the security manager
 * is deprecated), so the exit is turned into an error. An exit from a signal, or the program's own
 * exit, passes untouched.
 */
final class RuleExitGuard {
  /** Set once rules may run: before that, the hook loads no engine class (a quick --version). */
  private static volatile boolean armed;

  private RuleExitGuard() {}

  /** Called before any rule can run. */
  static void arm() {
    armed = true;
  }

  static void install() {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> check(System.err), "cbcf-rule-exit-guard"));
  }

  /** Halts the program when a thread that called exit is running a review. */
  static void check(PrintStream err) {
    if (!armed) {
      return;
    }
    ruleThatExited(Thread.getAllStackTraces())
        .ifPresent(
            rule -> {
              err.println(
                  "cbcf: "
                      + rule
                      + " called System.exit: a rule must not end the program; fix or remove the"
                      + " rule. No report was produced.");
              err.flush();
              Runtime.getRuntime().halt(ExitCodes.BAD_INPUT);
            });
  }

  static Optional<String> ruleThatExited(Map<Thread, StackTraceElement[]> stacks) {
    for (Map.Entry<Thread, StackTraceElement[]> thread : stacks.entrySet()) {
      if (callsExit(thread.getValue())) {
        Optional<String> rule = Reviewer.ruleRunningOn(thread.getKey());
        if (rule.isPresent()) {
          return rule;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean callsExit(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if ((frame.getClassName().equals("java.lang.Runtime")
              || frame.getClassName().equals("java.lang.System"))
          && frame.getMethodName().equals("exit")) {
        return true;
      }
    }
    return false;
  }
}
