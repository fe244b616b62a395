package io.github.cbcf.cli;

import io.github.cbcf.rules.RuleDescription;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cbcf rules}: lists the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "List the rules: id, severity, concern and title (with --rules, your own rules too).")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReviewerOptions reviewerOptions = new ReviewerOptions();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Override
  public Integer call() {
    List<RuleDescription> rules = reviewerOptions.build().getRules();
    int idWidth = Math.max(2, rules.stream().mapToInt(r -> r.getId().length()).max().orElse(2));
    int concernWidth =
        Math.max(7, rules.stream().mapToInt(r -> r.getConcern().length()).max().orElse(7));
    String row = "%-" + idWidth + "s  %-8s  %-" + concernWidth + "s  %s%n";
    PrintWriter out = spec.commandLine().getOut();
    out.printf(row, "ID", "SEVERITY", "CONCERN", "TITLE");
    for (RuleDescription rule : rules) {
      out.printf(
          row,
          rule.getId(),
          rule.getSeverity(),
          rule.getConcern(),
          rule.getTitle() + (rule.isBuiltIn() ? "" : "  [" + rule.getFile() + "]"));
    }
    return ExitCodes.OK;
  }
}
