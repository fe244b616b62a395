package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --version} and {@code --help} must start without the rule engine: each runs in a child JVM
 * that logs every class it loads. The review is the control, showing that the log would catch the
 * engine.
 */
class ColdStartClassLoadingTest {
  private static final String ENGINE_CLASS = "class,load] org.drools.";
  private static final String KIE_CLASS = "class,load] org.kie.";

  @Test
  void versionLoadsNoRuleEngine() throws Exception {
    List<String> log = runLoggingClasses("--version");

    assertThat(log).anyMatch(line -> line.startsWith("cbcf "));
    assertThat(log).anyMatch(line -> line.contains("class,load] io.github.cbcf.cli.Cbcf "));
    assertThat(log).noneMatch(line -> line.contains(ENGINE_CLASS) || line.contains(KIE_CLASS));
    // Silencing java.util.logging is left to its first use: setting it up scans every jar.
    assertThat(log).noneMatch(line -> line.contains("class,load] java.util.logging.LogManager "));
  }

  @Test
  void helpLoadsNoRuleEngine() throws Exception {
    List<String> log = runLoggingClasses("--help");

    assertThat(log).anyMatch(line -> line.contains("review"));
    assertThat(log).anyMatch(line -> line.contains("class,load] io.github.cbcf.cli.Cbcf "));
    assertThat(log).noneMatch(line -> line.contains(ENGINE_CLASS) || line.contains(KIE_CLASS));
  }

  @Test
  void reviewLoadsTheRuleEngineButNotTheKmoduleScan() throws Exception {
    Path record = Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml");

    List<String> log = runLoggingClasses("review", record.toString(), "--format", "json");

    assertThat(log).anyMatch(line -> line.contains(ENGINE_CLASS));
    assertThat(log).noneMatch(line -> line.contains("class,load] com.thoughtworks.xstream."));
  }

  private static List<String> runLoggingClasses(String... args)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Xlog:class+load",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Cbcf.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
    assertThat(process.exitValue()).as(output).isIn(0, ExitCodes.FINDINGS);
    return output.lines().toList();
  }
}
