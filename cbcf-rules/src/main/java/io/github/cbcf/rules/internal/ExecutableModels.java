package io.github.cbcf.rules.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Builds a KieBase straight from the classes that kie-maven-plugin generated for a module's
 * executable model, as listed in its {@code META-INF/kie/<group>/<artifact>/drools-model} file.
 * This skips the scan of every {@code kmodule.xml} on the class path (and the XML binding it
 * loads), which is most of a cold start.
 */
final class ExecutableModels {
  private static final String VERSION_LINE = "Drools-Model-Version:";

  private ExecutableModels() {}

  /**
   * @param loader the class loader that sees the module
   * @param module {@code group/artifact} of the module, as in its model file's path
   * @param packageName the rule package whose models make the KieBase
   * @return a KieBase with cloud event processing, identity equality and no changes after it is
   *     built, as the built-ins' {@code kmodule.xml} declares, or empty when the module has no
   *     model file or no model in that package
   */
  static Optional<KieBase> kieBase(ClassLoader loader, String module, String packageName) {
    List<Model> models = new ArrayList<>();
    for (String className : modelClassNames(loader, module)) {
      if (className.startsWith(packageName + ".")
          && className.indexOf('.', packageName.length() + 1) < 0) {
        models.add(instantiate(loader, className));
      }
    }
    if (models.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        KieBaseBuilder.createKieBaseFromModel(
            models,
            EventProcessingOption.CLOUD,
            EqualityBehaviorOption.IDENTITY,
            KieBaseMutabilityOption.DISABLED));
  }

  private static List<String> modelClassNames(ClassLoader loader, String module) {
    try (InputStream in = loader.getResourceAsStream("META-INF/kie/" + module + "/drools-model")) {
      return in == null ? List.of() : modelClassNames(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the executable model list of " + module, e);
    }
  }

  private static List<String> modelClassNames(InputStream in) throws IOException {
    List<String> names = new ArrayList<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith(VERSION_LINE)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Builds the KieBase of a KJAR that {@code ExecutableModelProject} produced, held in memory, from
   * its generated classes, as for the built-in rules: without registering a KieModule or reading
   * its {@code kmodule.xml}, which costs a cached rule set most of its load time. The KieBase has
   * the defaults a KJAR without a kmodule.xml gets (cloud event processing, identity equality), and
   * cannot change once built, as every KieBase cbcf builds ({@link RuleCompiler#immutable}).
   *
   * @param kjar the KJAR's bytes
   * @param parent the class loader that sees the classes the rules use
   * @return the KieBase, or empty when the KJAR lists no executable model
   * @throws IOException when the bytes are not a readable jar
   */
  static Optional<KieBase> kieBaseOfKjar(byte[] kjar, ClassLoader parent) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    List<String> lists =
        entries.keySet().stream()
            .filter(name -> name.startsWith("META-INF/kie/") && name.endsWith("/drools-model"))
            .toList();
    if (lists.size() != 1) {
      return Optional.empty();
    }
    List<String> classNames = modelClassNames(new ByteArrayInputStream(entries.get(lists.get(0))));
    if (classNames.isEmpty()) {
      return Optional.empty();
    }
    ClassLoader loader = new JarInMemory(entries, parent);
    List<Model> models = new ArrayList<>();
    for (String className : classNames) {
      models.add(instantiate(loader, className));
    }
    KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, loader);
    configuration.setOption(EventProcessingOption.CLOUD);
    configuration.setOption(EqualityBehaviorOption.IDENTITY);
    configuration.setOption(KieBaseMutabilityOption.DISABLED);
    return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, configuration));
  }

  /** Loads classes and resources from a jar's entries held in memory, its parent first. */
  private static final class JarInMemory extends ClassLoader {
    private final Map<String, byte[]> entries;

    JarInMemory(Map<String, byte[]> entries, ClassLoader parent) {
      super("cbcf-cached-rules", parent);
      this.entries = entries;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = entries.get(name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      InputStream parentStream = super.getResourceAsStream(name);
      if (parentStream != null) {
        return parentStream;
      }
      byte[] bytes = entries.get(name);
      return bytes == null ? null : new ByteArrayInputStream(bytes);
    }
  }

  private static Model instantiate(ClassLoader loader, String className) {
    try {
      return (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException
        | NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException(
          "the executable model class " + className + " cannot be created", e);
    }
  }
}
