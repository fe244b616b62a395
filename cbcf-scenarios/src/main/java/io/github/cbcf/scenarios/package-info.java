/**
 * Scenarios: a record and the findings a reviewer expects on it, written in YAML. The entry point
 * is {@link io.github.cbcf.scenarios.Scenarios}: {@code Scenarios.in(folder).run()} gives one
 * {@link io.github.cbcf.scenarios.ScenarioResult} per scenario file, showing expected against
 * actual findings side by side, and {@link io.github.cbcf.scenarios.ScenarioCoverage} tells which
 * rules the scenarios exercised. The file format is {@link io.github.cbcf.scenarios.Scenario}, read
 * by {@link io.github.cbcf.scenarios.ScenarioReader}, so a mistake in a scenario file is reported
 * with file, line and field like a mistake in a record. This package has no JUnit on its path;
 * {@code cbcf-scenarios-junit} runs scenarios as JUnit 5 tests.
 */
@ValueStyle
package io.github.cbcf.scenarios;

import io.github.cbcf.model.ValueStyle;
