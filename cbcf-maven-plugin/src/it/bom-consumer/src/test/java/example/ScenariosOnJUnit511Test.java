package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cbcf.scenarios.Scenarios;
import io.github.cbcf.scenarios.junit.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The scenario runner on the consumer's JUnit 5.11, not the JUnit cbcf was built with. */
class ScenariosOnJUnit511Test {
  private static final Scenarios SCENARIOS = Scenarios.in(Path.of("src/test/scenarios"));

  @Test
  void runsOnTheConsumersJUnit() {
    String version = Test.class.getPackage().getImplementationVersion();
    assertTrue(version != null && version.startsWith("5.11."), "JUnit Jupiter API " + version);
  }

  @TestFactory
  Stream<DynamicTest> scenarios() {
    return ScenarioTests.of(SCENARIOS);
  }
}
