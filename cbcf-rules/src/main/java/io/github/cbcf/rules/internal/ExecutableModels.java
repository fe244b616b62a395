package io.github.cbcf.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;

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
   * @return a KieBase with cloud event processing and identity equality, as the built-ins' {@code
   *     kmodule.xml} declares, or empty when the module has no model file or no model in that
   *     package
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
            models, EventProcessingOption.CLOUD, EqualityBehaviorOption.IDENTITY));
  }

  private static List<String> modelClassNames(ClassLoader loader, String module) {
    List<String> names = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream("META-INF/kie/" + module + "/drools-model")) {
      if (in == null) {
        return names;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String name = line.trim();
        if (!name.isEmpty() && !name.startsWith(VERSION_LINE)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the executable model list of " + module, e);
    }
    return names;
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
