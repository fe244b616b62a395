package io.github.cbcf.rules.internal;

import io.github.cbcf.Problem;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.RuleSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a user's rule files at run time into Drools' executable model, reporting every error of
 * every file together, in plain words, with file, line, column and rule.
 */
public final class RuleCompiler {
  private static final String RESOURCES = "src/main/resources/";
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final Pattern RULE_NAME =
      Pattern.compile("[Rr]ule(?: name=| )['\"]([^'\"]+)['\"]");
  private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final Pattern CSV_PACKAGE =
      Pattern.compile("(?m)^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)");
  private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern UNKNOWN_CLASS =
      Pattern.compile("Unable to (?:find class|resolve ObjectType)[:]? '?([\\w.$]+)'?");
  private static final Pattern OLD_FACT_CALL =
      Pattern.compile(
          "(Flag\\.raise|Escalation\\.to|Suppression\\.of)\\(\\s*(kcontext|drools)\\s*,");

  private RuleCompiler() {}

  /** One attempt to build some sources, and what went wrong with it. */
  private record Build(
      KieBuilder builder, ReleaseId releaseId, Map<String, String> names, List<Problem> problems) {}

  /**
   * Compiles a user's rule files.
   *
   * @param sources the files
   * @return the rules and their descriptions
   * @throws RuleSetException listing every problem of every file
   */
  public static CompiledRules compile(List<RuleSource> sources) {
    return compile(sources, RuleCache.none());
  }

  /**
   * Compiles a user's rule files, or loads them as compiled by an earlier run from a cache on disk.
   *
   * @param sources the files
   * @param cache where compiled rules are kept between runs
   * @return the rules and their descriptions
   * @throws RuleSetException listing every problem of every file
   */
  public static CompiledRules compile(List<RuleSource> sources, RuleCache cache) {
    String key = cache == RuleCache.none() ? null : RuleCache.key(sources);
    if (key != null) {
      Optional<byte[]> kjar = cache.load(key);
      if (kjar.isPresent()) {
        Optional<KieBase> cached = fromKjar(kjar.get());
        if (cached.isPresent()) {
          return describe(cached.get(), names(sources), sources);
        }
      }
    }
    Build build = build(sources);
    if (!build.problems().isEmpty()) {
      Set<Problem> problems = new LinkedHashSet<>(build.problems());
      // Drools stops at the first file that does not parse; build the others alone so that their
      // errors show too.
      if (sources.size() > 1) {
        Set<String> failed = new java.util.HashSet<>();
        build.problems().forEach(p -> failed.add(p.getFile()));
        sources.stream()
            .filter(s -> !failed.contains(s.getName()))
            .forEach(source -> problems.addAll(build(List.of(source)).problems()));
      }
      throw new RuleSetException(List.copyOf(problems));
    }
    KieServices services = KieServices.get();
    KieContainer container = services.newKieContainer(build.releaseId());
    KieBase kieBase = container.newKieBase(immutable(services));
    // The container keeps what it needs; the global repository need not keep every build.
    services.getRepository().removeKieModule(build.releaseId());
    CompiledRules compiled = describe(kieBase, build.names(), sources);
    if (key != null) {
      cache.store(key, ((InternalKieModule) build.builder().getKieModule()).getBytes());
    }
    return compiled;
  }

  private static CompiledRules describe(
      KieBase kieBase, Map<String, String> names, List<RuleSource> sources) {
    Map<String, String> ruleFiles = rulesByFile(sources);
    try {
      return new CompiledRules(
          kieBase,
          RuleCatalogue.of(
              kieBase.getKiePackages(), false, rule -> sourceOf(rule, names, ruleFiles, sources)));
    } catch (RuleSetException e) {
      throw new RuleSetException(e.getProblems().stream().map(p -> placed(p, sources)).toList());
    }
  }

  /**
   * A problem of a rule's metadata, which Drools reports without a place, put at the line that
   * declares the rule: {@code rule "Name"} in a DRL file, the row that names it in a CSV table.
   */
  private static Problem placed(Problem problem, List<RuleSource> sources) {
    Matcher named = Pattern.compile("^rule \"(.*)\"$").matcher(problem.getPath());
    if (problem.getLine() > 0 || !named.matches()) {
      return problem;
    }
    String rule = named.group(1);
    for (RuleSource source : sources) {
      if (!source.getName().equals(problem.getFile())
          || source.getKind() == RuleSource.Kind.DECISION_TABLE_XLSX) {
        continue;
      }
      List<String> lines = new String(source.getContent(), StandardCharsets.UTF_8).lines().toList();
      Pattern declaration =
          source.getKind() == RuleSource.Kind.DRL
              ? Pattern.compile("^\\s*rule\\s+\"?" + Pattern.quote(rule) + "\"?(\\s|$)")
              : Pattern.compile("^\"?" + Pattern.quote(rule) + "\"?,");
      for (int i = 0; i < lines.size(); i++) {
        Matcher found = declaration.matcher(lines.get(i));
        if (found.find()) {
          int column = lines.get(i).length() - lines.get(i).stripLeading().length() + 1;
          return problem.in(problem.getFile(), i + 1, column);
        }
      }
    }
    return problem;
  }

  /** The KieBase of a KJAR an earlier build produced, or empty when Drools cannot load it. */
  private static Optional<KieBase> fromKjar(byte[] kjar) {
    try {
      Optional<KieBase> direct =
          ExecutableModels.kieBaseOfKjar(kjar, RuleCompiler.class.getClassLoader());
      if (direct.isPresent()) {
        return direct;
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // Try the general way below, which reads the KJAR's kmodule.xml.
    }
    KieServices services = KieServices.get();
    try {
      KieModule module =
          services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
      try {
        return Optional.of(
            services.newKieContainer(module.getReleaseId()).newKieBase(immutable(services)));
      } finally {
        services.getRepository().removeKieModule(module.getReleaseId());
      }
    } catch (RuntimeException | LinkageError e) {
      // A damaged or foreign entry: compile the rules as if there were no cache.
      return Optional.empty();
    }
  }

  /** The path each source gets in the KJAR, and so in Drools' messages, to the user's name. */
  private static Map<String, String> names(List<RuleSource> sources) {
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      RuleSource source = sources.get(i);
      String path = pathOf(source, i);
      names.put(path, source.getName());
      names.put(path.substring(RESOURCES.length()), source.getName());
    }
    return names;
  }

  // Numbered paths, so two files of the same name cannot overwrite each other.
  private static String pathOf(RuleSource source, int index) {
    return RESOURCES
        + folderOf(source, source.getContent())
        + "/source-"
        + index
        + source.getKind().getExtension();
  }

  /**
   * The configuration of every KieBase cbcf builds: rules are never added to or removed from one
   * once built, and Drools then keeps a session's facts in a plain identity store, which makes each
   * insert about a third cheaper than the store that follows changes of the rules.
   */
  static KieBaseConfiguration immutable(KieServices services) {
    KieBaseConfiguration configuration = services.newKieBaseConfiguration();
    configuration.setOption(KieBaseMutabilityOption.DISABLED);
    return configuration;
  }

  private static Build build(List<RuleSource> sources) {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId(
            "io.github.cbcf.custom", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
    files.generateAndWritePomXML(releaseId);
    // Drools names the file with or without the resources folder, depending on the message.
    Map<String, String> names = names(sources);
    Map<String, RuleSource> byName = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      RuleSource source = sources.get(i);
      String path = pathOf(source, i);
      byName.put(source.getName(), source);
      files.write(
          path,
          services.getResources().newByteArrayResource(source.getContent()).setSourcePath(path));
    }
    KieBuilder builder;
    try {
      builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      // A decision table that cannot be parsed throws instead of reporting a message.
      return new Build(
          null,
          releaseId,
          names,
          List.of(
              RuleSetException.problem(
                  nameIn(e, names, sources),
                  0,
                  0,
                  null,
                  "cannot be read as a decision table: "
                      + plain(rootMessage(e))
                      + "; compare it with the Drools"
                      + " decision-table layout (RuleSet, Import, RuleTable, then NAME/METADATA/CONDITION/ACTION columns)")));
    }
    List<Problem> problems = new ArrayList<>();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    for (Message message : errors) {
      // "Parser returned a null Package" only repeats that the file did not parse.
      if (message.getText().contains("Parser returned a null Package") && errors.size() > 1) {
        continue;
      }
      String path = message.getPath() == null ? "" : message.getPath();
      String source =
          names.getOrDefault(path, sources.size() == 1 ? sources.get(0).getName() : "custom rules");
      problems.add(problem(message, source, byName.get(source)));
    }
    return new Build(builder, releaseId, names, problems);
  }

  private static Problem problem(Message message, String source, RuleSource file) {
    String text = message.getText();
    Matcher rule = RULE_NAME.matcher(text);
    String ruleName = rule.find() ? rule.group(1) : null;
    int line = message.getLine();
    // Drools counts columns from 0.
    int column = line > 0 ? message.getColumn() + 1 : 0;
    boolean table = file != null && file.getKind() != RuleSource.Kind.DRL;
    Matcher unknown = UNKNOWN_CLASS.matcher(text);
    if (unknown.find() && line <= 0 && file != null && !table) {
      // The executable model names the missing type but not where it is used: find it in the file.
      String drl = new String(file.getContent(), StandardCharsets.UTF_8);
      Matcher use =
          Pattern.compile("\\b" + Pattern.quote(unknown.group(1)) + "\\s*\\(").matcher(drl);
      if (use.find()) {
        line = lineOf(drl, use.start());
        column = use.start() - drl.lastIndexOf('\n', use.start() - 1);
        Matcher rules = DRL_RULE.matcher(drl.substring(0, use.start()));
        while (rules.find()) {
          ruleName = rules.group(1);
        }
      }
    }
    if (file != null && !table) {
      // Rules written for cbcf 0.1 pass Drools' context to the facts they emit; say how to update.
      String drl = new String(file.getContent(), StandardCharsets.UTF_8);
      Matcher old = OLD_FACT_CALL.matcher(drl);
      if (old.find()) {
        return RuleSetException.problem(
            source,
            lineOf(drl, old.start()),
            old.start() - drl.lastIndexOf('\n', old.start() - 1),
            ruleName,
            old.group(1)
                + " no longer takes "
                + old.group(2)
                + ": write "
                + old.group(1)
                + "($outcome, ...) as the README shows (the rule that fires is known without it)");
      }
    }
    return RuleSetException.problem(
        source,
        line,
        column,
        ruleName,
        (table ? "in the DRL generated from this decision table: " : "") + plain(text));
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Loads a KieBase a user compiled at build time; it must be declared in a kmodule.xml on the
   * classpath.
   *
   * @param kieBaseName the KieBase's name
   * @return the rules and their descriptions
   * @throws RuleSetException when there is no such KieBase or its rules break the metadata contract
   */
  public static CompiledRules precompiled(String kieBaseName) {
    KieContainer container =
        KieServices.get().getKieClasspathContainer(RuleCompiler.class.getClassLoader());
    if (!container.getKieBaseNames().contains(kieBaseName)) {
      throw new RuleSetException(
          List.of(
              RuleSetException.problem(
                  "classpath",
                  0,
                  0,
                  null,
                  "no KieBase named "
                      + kieBaseName
                      + " in any META-INF/kmodule.xml on the classpath; known: "
                      + String.join(
                          ", ", container.getKieBaseNames().stream().sorted().toList()))));
    }
    KieBase kieBase = container.getKieBase(kieBaseName);
    return new CompiledRules(
        kieBase,
        RuleCatalogue.of(
            kieBase.getKiePackages(),
            false,
            rule -> "kbase " + kieBaseName + ", package " + rule.getPackageName()));
  }

  private static Map<String, String> rulesByFile(List<RuleSource> sources) {
    Map<String, String> ruleFiles = new HashMap<>();
    for (RuleSource source : sources) {
      if (source.getKind() == RuleSource.Kind.DRL) {
        Matcher rules = DRL_RULE.matcher(new String(source.getContent(), StandardCharsets.UTF_8));
        while (rules.find()) {
          ruleFiles.putIfAbsent(rules.group(1), source.getName());
        }
      }
    }
    return ruleFiles;
  }

  private static String sourceOf(
      Rule rule,
      Map<String, String> names,
      Map<String, String> ruleFiles,
      List<RuleSource> sources) {
    if (rule instanceof RuleImpl
        && ((RuleImpl) rule).getResource() != null
        && ((RuleImpl) rule).getResource().getSourcePath() != null) {
      String name = names.get(((RuleImpl) rule).getResource().getSourcePath());
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

  private static String nameIn(
      RuntimeException failure, Map<String, String> names, List<RuleSource> sources) {
    String text = String.valueOf(failure.getMessage());
    return names.entrySet().stream()
        .filter(e -> text.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(sources.size() == 1 ? sources.get(0).getName() : "custom rules");
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** The folder that matches a file's package, which Drools expects (it warns otherwise). */
  private static String folderOf(RuleSource source, byte[] content) {
    Pattern declaration =
        source.getKind() == RuleSource.Kind.DRL
            ? DRL_PACKAGE
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
  private static String plain(String text) {
    String message = text.replaceAll("\\s+", " ").trim();
    Matcher type = UNKNOWN_CLASS.matcher(message);
    if (type.find()) {
      return "unknown type "
          + type.group(1)
          + ": import it (for example import"
          + " io.github.cbcf.rules.facts.OutcomeInContext;) or check the spelling (Drools: "
          + message
          + ")";
    }
    if (message.contains("mismatched input")
        || message.contains("no viable alternative")
        || message.contains("extraneous input")
        || message.contains("missing ")) {
      return "syntax error: "
          + message
          + "; check the brackets, quotes and keywords near this place";
    }
    return message;
  }
}
