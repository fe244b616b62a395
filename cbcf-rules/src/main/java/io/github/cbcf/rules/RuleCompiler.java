package io.github.cbcf.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a user's rule files at run time into Drools' executable model, reporting every error of every file
 * together, in plain words, with file, line, column and rule.
 */
final class RuleCompiler {
  private static final String RESOURCES = "src/main/resources/";
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule(?: name=| )['\"]([^'\"]+)['\"]");
  private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final Pattern CSV_PACKAGE = Pattern.compile("(?m)^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)");
  private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

  private RuleCompiler() {}

  static RuleSet compile(List<RuleSource> sources) {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId = services.newReleaseId("io.github.cbcf.custom", "rules-" + BUILDS.incrementAndGet(),
        "1.0.0");
    files.generateAndWritePomXML(releaseId);
    Map<String, String> names = new HashMap<>();
    Map<String, String> ruleFiles = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      RuleSource source = sources.get(i);
      // Numbered paths, so two files of the same name cannot overwrite each other.
      byte[] content = source.content();
      String path = RESOURCES + folderOf(source, content) + "/source-" + i
          + source.getKind().getExtension();
      // Drools names the file with or without the resources folder, depending on the message.
      names.put(path, source.getName());
      names.put(path.substring(RESOURCES.length()), source.getName());
      Resource resource = services.getResources().newByteArrayResource(content).setSourcePath(path);
      files.write(path, resource);
      if (source.getKind() == RuleSource.Kind.DRL) {
        Matcher rules = DRL_RULE.matcher(new String(content, StandardCharsets.UTF_8));
        while (rules.find()) {
          ruleFiles.putIfAbsent(rules.group(1), source.getName());
        }
      }
    }
    KieBuilder builder;
    try {
      builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      // A decision table that cannot be parsed throws instead of reporting a message.
      throw new RuleSetException(List.of(new RuleProblem(nameIn(e, names, sources), 0, 0, null,
          "cannot be read as a decision table: " + plain(rootMessage(e)) + "; compare it with the Drools"
              + " decision-table layout (RuleSet, Import, RuleTable, then NAME/METADATA/CONDITION/ACTION columns)")));
    }
    List<RuleProblem> problems = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String source = message.getPath() == null ? "rules" : names.getOrDefault(message.getPath(), message.getPath());
      Matcher rule = RULE_NAME.matcher(message.getText());
      boolean table = !message.getPath().endsWith(".drl");
      problems.add(new RuleProblem(source, message.getLine(), message.getColumn(),
          rule.find() ? rule.group(1) : null,
          (table ? "in the DRL generated from this decision table: " : "") + plain(message.getText())));
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems.stream().distinct().toList());
    }
    KieContainer container = services.newKieContainer(releaseId);
    KieBase kieBase = container.getKieBase();
    // The container keeps what it needs; the global repository need not keep every build.
    services.getRepository().removeKieModule(releaseId);
    return new RuleSet(kieBase, RuleCatalogue.of(kieBase.getKiePackages(), false,
        rule -> sourceOf(rule, names, ruleFiles, sources)));
  }

  private static String sourceOf(Rule rule, Map<String, String> names, Map<String, String> ruleFiles,
      List<RuleSource> sources) {
    if (rule instanceof RuleImpl && ((RuleImpl) rule).getResource() != null
        && ((RuleImpl) rule).getResource().getSourcePath() != null) {
      String path = ((RuleImpl) rule).getResource().getSourcePath();
      String name = names.get(path);
      if (name != null) {
        return name;
      }
    }
    String byName = ruleFiles.get(rule.getName());
    if (byName != null) {
      return byName;
    }
    return sources.size() == 1 ? sources.get(0).getName() : "custom rules";
  }

  private static String nameIn(RuntimeException failure, Map<String, String> names, List<RuleSource> sources) {
    String text = String.valueOf(failure.getMessage());
    return names.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElse(sources.size() == 1 ? sources.get(0).getName() : "custom rules");
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** The folder that matches a DRL file's package, which Drools expects (it warns otherwise). */
  private static String folderOf(RuleSource source, byte[] content) {
    Pattern declaration = source.getKind() == RuleSource.Kind.DRL ? DRL_PACKAGE
        : source.getKind() == RuleSource.Kind.DECISION_TABLE_CSV ? CSV_PACKAGE : null;
    if (declaration != null) {
      Matcher pkg = declaration.matcher(new String(content, StandardCharsets.UTF_8));
      if (pkg.find()) {
        return pkg.group(1).replace('.', '/');
      }
    }
    return "cbcf/custom";
  }

  /** Drools' messages name parser states; say what they mean for a user. */
  static String plain(String text) {
    String message = text.replaceAll("\\s+", " ").trim();
    Matcher type = Pattern.compile("Unable to resolve ObjectType '([^']+)'").matcher(message);
    if (type.find()) {
      return "unknown type " + type.group(1) + ": import it (for example import"
          + " io.github.cbcf.rules.facts.OutcomeInContext;) or check the spelling (Drools: " + message + ")";
    }
    if (message.contains("mismatched input") || message.contains("no viable alternative")
        || message.contains("extraneous input") || message.contains("missing ")) {
      return "syntax error: " + message + "; check the brackets, quotes and keywords near this place";
    }
    return message;
  }
}
