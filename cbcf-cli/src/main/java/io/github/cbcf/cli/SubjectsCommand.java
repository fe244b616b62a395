package io.github.cbcf.cli;

import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cbcf subjects}: prints the built-in subject catalogue, the codes records and rules use.
 */
@Command(
    name = "subjects",
    mixinStandardHelpOptions = true,
    description =
        "List the built-in subjects: the codes an outcome's subjects and the rules' hasSubject(...) use.")
final class SubjectsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<Subject> subjects = Subjects.builtIn();
    int width = Math.max(4, subjects.stream().mapToInt(s -> s.getCode().length()).max().orElse(4));
    String row = "%-" + width + "s  %s%n";
    PrintWriter out = spec.commandLine().getOut();
    out.printf(row, "CODE", "LABEL");
    subjects.forEach(s -> out.printf(row, s.getCode(), s.getLabel()));
    return ExitCodes.OK;
  }
}
