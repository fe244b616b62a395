package io.github.cbcf.scenarios;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.ModelViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One scenario file: a record (inline, or a record file beside the scenario) and the findings a
 * reviewer expects, or expects to be absent, when the rules review it.
 *
 * <pre>{@code
 * # Why this scenario exists, in a sentence or two.
 * name: Information sharing that names its safeguards
 * recordFile: ../records/cbcf-2024.yaml     # or record: {...} inline
 * exhaustive: true                          # every finding must be listed under expect
 * expect:
 *   - rule: CBCF-INFO-001
 *     outcomes: [le-information-sharing-direction]
 * expectAbsent:
 *   - rule: CBCF-DATA-002                   # no outcomes: must not fire at all
 * rules: [house-rules]                    # extra rule files or folders, relative to this file
 * }</pre>
 *
 * <p>Read it with {@code ScenarioReader.create().read(path)}: every problem in the file is reported
 * with its line and field, as for a record. {@link Scenarios} reads and runs whole folders of them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
public interface Scenario {
  /**
   * @return the scenario's name, shown as the test's display name
   */
  String getName();

  /**
   * @return what the scenario shows, for people
   */
  Optional<String> getDescription();

  /**
   * @return the record file to review, relative to the scenario file; or use {@link #getRecord()}
   */
  Optional<String> getRecordFile();

  /**
   * @return the record to review, written inline; or use {@link #getRecordFile()}
   */
  Optional<ForumRecord> getRecord();

  /**
   * @return true when every finding on the record must be listed under {@code expect}; false when
   *     absent
   */
  Optional<Boolean> getExhaustive();

  /**
   * @return findings that must be raised, each on exactly the outcomes listed
   */
  List<ExpectedFinding> getExpect();

  /**
   * @return findings that must not be raised
   */
  List<ExpectedFinding> getExpectAbsent();

  /**
   * @return extra rule files (DRL) to review with, relative to the scenario file
   */
  List<String> getRules();

  /**
   * @return true when findings not listed under {@code expect} fail the scenario
   */
  default boolean listsEveryFinding() {
    return getExhaustive().orElse(false);
  }

  @Value.Check
  default void check() {
    List<Problem> problems = new ArrayList<>();
    if (getName().isBlank()) {
      problems.add(
          Problem.of("name", "must not be blank: say in a few words what the scenario shows"));
    }
    if (getRecord().isPresent() && getRecordFile().isPresent()) {
      problems.add(
          Problem.of(
              "recordFile", "give either record (inline) or recordFile, not both: remove one"));
    } else if (getRecord().isEmpty() && getRecordFile().isEmpty()) {
      problems.add(
          Problem.of(
              "",
              "missing the record to review: add recordFile (a path relative to this"
                  + " scenario file) or record (the record inline)"));
    }
    getRecordFile()
        .filter(String::isBlank)
        .ifPresent(
            blank ->
                problems.add(
                    Problem.of(
                        "recordFile",
                        "must not be blank: write a path relative to this scenario file")));
    for (int i = 0; i < getExpect().size(); i++) {
      ExpectedFinding expected = getExpect().get(i);
      if (expected.isAnyRule()) {
        problems.add(
            Problem.of(
                "expect[" + i + "].rule",
                "'"
                    + ExpectedFinding.ANY_RULE
                    + "' (any rule) only fits"
                    + " under expectAbsent: name the rule you expect"));
      }
      if (expected.getOutcomes().isEmpty()) {
        problems.add(
            Problem.of(
                "expect[" + i + "].outcomes", "list the ids of the outcomes the finding rests on"));
      }
      for (int j = 0; j < getExpectAbsent().size(); j++) {
        ExpectedFinding absent = getExpectAbsent().get(j);
        // A severity or status on the absent entry that the expected one does not share keeps them
        // apart.
        boolean sameFinding =
            absent
                    .getSeverity()
                    .map(s -> expected.getSeverity().equals(Optional.of(s)))
                    .orElse(true)
                && absent
                    .getStatus()
                    .map(s -> expected.getStatus().equals(Optional.of(s)))
                    .orElse(true);
        if (sameFinding
            && absent.isAbout(expected.getRule())
            && (absent.getOutcomes().isEmpty()
                || absent.getOutcomes().stream().anyMatch(expected.getOutcomes()::contains))) {
          problems.add(
              Problem.of(
                  "expectAbsent[" + j + "]",
                  "contradicts expect["
                      + i
                      + "]: "
                      + expected.getRule()
                      + " cannot both flag and not flag "
                      + expected.getOutcomes()));
        }
      }
    }
    for (int i = 0; i < getRules().size(); i++) {
      if (getRules().get(i).isBlank()) {
        problems.add(
            Problem.of(
                "rules[" + i + "]",
                "must not be blank: write the path of a rule file relative to"
                    + " this scenario file"));
      }
    }
    if (!problems.isEmpty()) {
      throw ModelViolationException.of("Scenario", problems);
    }
  }

  /** Builds a {@link Scenario}. */
  class Builder extends ImmutableScenario.Builder {}
}
