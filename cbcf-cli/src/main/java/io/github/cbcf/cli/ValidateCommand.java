package io.github.cbcf.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.cbcf.lexicon.LexiconException;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.ReviewConfigReader;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.scenarios.Scenario;
import io.github.cbcf.scenarios.ScenarioException;
import io.github.cbcf.scenarios.ScenarioReader;
import io.github.cbcf.scenarios.Scenarios;
import io.github.cbcf.text.Statements;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbcf validate}: checks records, configuration and rule files without reviewing anything.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check record files, scenario files, configuration files and rule files, without reviewing.")
final class ValidateCommand implements Callable<Integer> {
  private static final Set<String> CONFIG_FIELDS =
      Set.of(
          "rules",
          "disableRules",
          "disableConcerns",
          "severityOverrides",
          "firingsPerOutcome",
          "lexicons");
  private static final Set<String> SCENARIO_FIELDS =
      Set.of("expect", "expectAbsent", "recordFile", "record");

  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose = new VerboseOption();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to check.")
  List<Path> inputs;

  @Option(
      names = "--allow-empty",
      description = "Accept a folder with nothing to check in it; by default it is an error.")
  boolean allowEmpty;

  @Option(
      names = "--allow-paths-under",
      paramLabel = "FOLDER",
      description =
          "Let scenarios name record and rule files under this folder too, as cbcf test does;"
              + " repeatable.")
  List<Path> allowedFolders = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Predicate<Path> checked = f -> InputFiles.isRecordFile(f) || InputFiles.isRuleFile(f);
    if (!allowEmpty
        && InputFiles.refuseEmptyFolders(
            inputs,
            checked,
            "record, scenario, configuration or rule file (.yaml, .yml, .json, .drl, .drl.csv,"
                + " .drl.xlsx)",
            err)) {
      return ExitCodes.BAD_INPUT;
    }
    List<String> unreadable = new ArrayList<>();
    List<Path> files = InputFiles.expand(inputs, checked, unreadable::add);
    unreadable.forEach(err::println);
    boolean valid = unreadable.isEmpty();
    List<Path> ruleFiles = new ArrayList<>();
    for (Path file : files) {
      if (InputFiles.isRuleFile(file)) {
        ruleFiles.add(file);
        continue;
      }
      try {
        out.println("ok  " + file + ": " + check(file));
      } catch (InvalidRecordException | RuleSetException | LexiconException | ScenarioException e) {
        Cbcf.printProblems(err, e);
        valid = false;
      }
    }
    if (!ruleFiles.isEmpty()) {
      try {
        Reviewer reviewer = Reviewer.builder().addRules(ruleFiles.toArray(Path[]::new)).build();
        reviewer.getWarnings().forEach(warning -> err.println("warning: " + warning));
        long custom = reviewer.getRules().stream().filter(r -> !r.isBuiltIn()).count();
        out.println("ok  " + ruleFiles.size() + " rule file(s): " + custom + " rules compiled");
      } catch (RuleSetException e) {
        Cbcf.printProblems(err, e);
        valid = false;
      }
    }
    return valid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /** Reads the file as what its fields say it is, and describes it in a few words. */
  private String check(Path file) {
    RecordReader reader = RecordReader.create();
    List<String> fields = topLevelFields(file);
    if (fields.stream().anyMatch(SCENARIO_FIELDS::contains)) {
      Scenario scenario = ScenarioReader.create().read(file);
      // The same checks as cbcf test on the folders given: what it refuses, this refuses.
      List<Path> folders = new ArrayList<>(allowedFolders);
      inputs.stream().filter(Files::isDirectory).forEach(folders::add);
      ForumRecord record =
          Scenarios.in(file.toAbsolutePath().getParent())
              .confinedTo(folders.toArray(Path[]::new))
              .recordOf(file);
      return "scenario \""
          + scenario.getName()
          + "\" on record "
          + record.getId()
          + " ("
          + scenario.getExpect().size()
          + " expected, "
          + scenario.getExpectAbsent().size()
          + " absent)";
    }
    if (!fields.isEmpty() && CONFIG_FIELDS.containsAll(fields)) {
      // Building the reviewer checks what reading alone would not: rule files, rule ids and
      // concerns it names.
      Reviewer reviewer = Reviewer.builder().configure(file).build();
      ReviewConfigReader.create().lexiconsOf(file).forEach(Statements.builder()::addLexicon);
      return "configuration ("
          + reviewer.getRules().stream().filter(r -> !r.isBuiltIn()).count()
          + " rules from its rule files)";
    }
    ForumRecord record = reader.read(file);
    return "record " + record.getId() + " (" + record.getOutcomes().size() + " outcomes)";
  }

  /**
   * The names of the top-level fields, or none when the file is not well-formed (reading it then
   * says where).
   */
  private static List<String> topLevelFields(Path file) {
    List<String> names = new ArrayList<>();
    try {
      // A pipe, a device or a file over the limit is left to the reader, which refuses it in one
      // line without opening or parsing it.
      if (!Files.isRegularFile(file) || Files.size(file) > RecordReader.DEFAULT_MAX_BYTES) {
        return names;
      }
      JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      if (tree != null && tree.isObject()) {
        tree.fieldNames().forEachRemaining(names::add);
      }
    } catch (java.io.IOException e) {
      names.clear();
    }
    return names;
  }
}
