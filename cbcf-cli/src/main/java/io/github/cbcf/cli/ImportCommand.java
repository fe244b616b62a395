package io.github.cbcf.cli;

import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordWriter;
import io.github.cbcf.text.ImportResult;
import io.github.cbcf.text.ImportWarning;
import io.github.cbcf.text.StatementReader;
import io.github.cbcf.text.Statements;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cbcf import}: reads a statement's text into a draft record for a person to check. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import a statement (.txt, .md, .html, .htm or .pdf) as a draft record, for a person to check"
            + " and correct. Warnings say what the import could not decide.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Cbcf parent;

  @Mixin VerboseOption verbose = new VerboseOption();

  @Mixin StatementOptions statementOptions = new StatementOptions();

  @Parameters(
      index = "0",
      paramLabel = "STATEMENT",
      description = "The statement: .txt, .md, .html, .htm or .pdf.")
  Path statement;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the draft record here (.yaml or .json), not to stdout.")
  Path output;

  @Option(names = "--force", description = "Replace the output file if it exists.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> refusal =
        output == null ? Optional.empty() : OutputFile.refusal(output, List.of(statement));
    if (refusal.isPresent()) {
      err.println(refusal.get());
      return ExitCodes.BAD_INPUT;
    }
    if (output != null && Files.exists(output) && !force) {
      err.println(
          output + ": the file exists and is kept; give another -o, or --force to replace it");
      return ExitCodes.BAD_INPUT;
    }
    RecordFormat format =
        output == null
            ? RecordFormat.YAML
            : RecordFormat.ofFileName(output.getFileName().toString()).orElse(null);
    if (format == null) {
      err.println(output + ": a record file ends in .yaml, .yml or .json; give -o draft.yaml");
      return ExitCodes.BAD_INPUT;
    }
    ImportResult result = statementOptions.read(statement, List.of());
    for (ImportWarning warning : result.getWarnings()) {
      err.println(
          statement
              + ":"
              + warning.getLocation().map(l -> l.getLine() + ": ").orElse(" ")
              + warning.getMessage());
    }
    String record = RecordWriter.write(result.getRecord(), format);
    if (output == null) {
      // The record is data: written as the writer wrote it, not escaped for a terminal.
      PrintWriter out = parent == null ? spec.commandLine().getOut() : parent.rawOut;
      out.print(record);
      out.flush();
    } else {
      OutputFile.write(output, record, "the record");
      err.println(
          output
              + ": draft record written, "
              + result.getRecord().getOutcomes().size()
              + " outcomes, "
              + result.getWarnings().size()
              + " warnings; check it before relying on a review of it");
    }
    return ExitCodes.OK;
  }

  /** The settings of an import, shared by {@code import} and {@code review}. */
  static final class StatementOptions {
    @Option(
        names = "--language",
        paramLabel = "LANG",
        description =
            "The statement's language (en or fr)" + " instead of telling it from the text.")
    String language;

    @Option(
        names = "--party",
        paramLabel = "CODE",
        description =
            "A party's ISO 3166 code (repeat for each)"
                + " instead of finding the parties in the text.")
    List<String> parties = new ArrayList<>();

    @Option(
        names = "--date",
        paramLabel = "DATE",
        description =
            "The meeting date (2024, 2024-07 or" + " 2024-07-11) when the text does not give it.")
    String date;

    @Option(
        names = "--lexicon",
        paramLabel = "FILE",
        description =
            "A lexicon file of your own, added to the built-in lexicon of the statement's language"
                + " (repeat for each).")
    List<Path> lexicons = new ArrayList<>();

    private StatementReader reader;

    /**
     * @param fromConfig the configuration file's lexicons
     * @return whether the reader has the default settings, as the warm-up's import has
     */
    boolean areDefaults(List<Path> fromConfig) {
      return language == null
          && parties.isEmpty()
          && date == null
          && lexicons.isEmpty()
          && fromConfig.isEmpty();
    }

    /**
     * Imports a statement, or takes the draft the warm-up made of it when these settings are the
     * defaults.
     *
     * @param statement the statement
     * @param fromConfig the configuration file's lexicons
     * @return the draft and the import's warnings
     */
    ImportResult read(Path statement, List<Path> fromConfig) {
      return (areDefaults(fromConfig)
              ? WarmUp.takeImportOf(statement)
              : Optional.<ImportResult>empty())
          .orElseGet(() -> reader(fromConfig).read(statement));
    }

    /** The reader, built once; {@code fromConfig} are the configuration file's lexicons. */
    StatementReader reader(List<Path> fromConfig) {
      if (reader == null) {
        StatementReader.Builder builder = Statements.builder().language(language).date(date);
        if (!parties.isEmpty()) {
          builder.parties(parties.toArray(String[]::new));
        }
        fromConfig.forEach(builder::addLexicon);
        lexicons.forEach(builder::addLexicon);
        reader = builder.build();
      }
      return reader;
    }
  }
}
