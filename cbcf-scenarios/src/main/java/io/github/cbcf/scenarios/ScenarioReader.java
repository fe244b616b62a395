package io.github.cbcf.scenarios;

import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.ValueReader;
import java.nio.file.Path;

/**
 * Reads a scenario file (YAML or JSON), reporting every problem of the file at once with line,
 * column and field. The record it names is read when the scenario runs.
 *
 * <pre>{@code
 * Scenario scenario = ScenarioReader.create().read(Path.of("scenarios/sharing.yaml"));
 * }</pre>
 */
public final class ScenarioReader {
  private final ValueReader values;

  private ScenarioReader(ValueReader values) {
    this.values = values;
  }

  /**
   * @return a reader with the default size limit
   */
  public static ScenarioReader create() {
    return new ScenarioReader(ValueReader.create());
  }

  /**
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} scenario file
   * @return the scenario; its record file, if any, is relative to the file
   * @throws InvalidRecordException listing every problem in the file
   */
  public Scenario read(Path file) {
    return values.read(file, Scenario.class);
  }
}
