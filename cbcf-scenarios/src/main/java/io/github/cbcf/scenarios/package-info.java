/**
 * Scenarios: a record and the findings a reviewer expects on it, written in YAML and checked by JUnit 5. The entry
 * point is {@link io.github.cbcf.scenarios.Scenarios}: {@code Scenarios.in(folder).tests()} gives one
 * dynamic test per scenario file, whose failure shows expected against actual findings side by side, and
 * {@link io.github.cbcf.scenarios.ScenarioCoverage} tells which rules the scenarios exercised. The file
 * format is {@link io.github.cbcf.scenarios.Scenario}, read by the model's record reader, so a mistake in
 * a scenario file is reported with file, line and field like a mistake in a record.
 */
@ValueStyle
package io.github.cbcf.scenarios;

import io.github.cbcf.model.ValueStyle;
