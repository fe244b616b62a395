package io.github.cbcf.cli;

import io.github.cbcf.model.io.NearestMatch;
import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.RuleTriggers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cbcf explain RULE-ID}: the rule's rationale and authorities. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explain a rule: what it flags, why it may require review, and the authorities to check.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReviewerOptions reviewerOptions = new ReviewerOptions();

  @Mixin VerboseOption verbose = new VerboseOption();

  @Parameters(
      index = "0",
      paramLabel = "RULE-ID",
      description = "A rule id, for example CBCF-INFO-001.")
  String ruleId;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "A lexicon file of your own, whose entries are listed too (repeat for each).")
  List<Path> lexicons = new ArrayList<>();

  @Override
  public Integer call() {
    Reviewer reviewer = reviewerOptions.build();
    Optional<RuleDescription> found = reviewer.findRule(ruleId.toUpperCase(Locale.ROOT));
    if (found.isEmpty()) {
      String suggestion =
          NearestMatch.among(
                  ruleId, reviewer.getRules().stream().map(RuleDescription::getId).toList())
              .map(id -> "; did you mean " + id + "?")
              .orElse("");
      spec.commandLine()
          .getErr()
          .println("unknown rule " + ruleId + suggestion + " (cbcf rules lists them all)");
      return ExitCodes.BAD_INPUT;
    }
    RuleDescription rule = found.get();
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.getId() + ": " + rule.getTitle());
    out.println(
        "Severity: "
            + rule.getSeverity()
            + "   Concern: "
            + rule.getConcern()
            + "   "
            + (rule.isBuiltIn() ? "Built-in" : "From " + rule.getFile()));
    out.println();
    out.println(rule.getRationale());
    if (!rule.getAuthorities().isEmpty()) {
      out.println();
      out.println("Authorities to check:");
      for (Authority authority : rule.getAuthorities()) {
        out.println("  - " + authority.getJurisdiction() + ": " + authority.describe());
      }
    }
    Optional<RuleTriggers> triggers = RuleTriggers.of(rule);
    if (triggers.isPresent()) {
      out.println();
      RuleTriggersText.print(out, triggers.get(), RuleTriggersText.lexicons(lexicons));
    }
    out.println();
    out.println("Findings are not legal advice.");
    return ExitCodes.OK;
  }
}
