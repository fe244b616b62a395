package io.github.cbcf.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An outcome as a report shows it (one a finding rests on, or any outcome of {@link
 * RecordFacts#getOutcomes()}): its id, its exact text, and where it stands in the source.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlaggedOutcome.class)
@JsonDeserialize(as = ImmutableFlaggedOutcome.class)
public interface FlaggedOutcome {
  /** The fields of an outcome that rules read, whose evidence a report shows next to a finding. */
  Set<String> RULE_INPUTS = Set.of("kind", "orientation", "subjects", "qualifiers", "instruments");

  /**
   * @return the outcome id
   */
  String getId();

  /**
   * @return the outcome's section id
   */
  String getSection();

  /**
   * @return the exact text
   */
  String getText();

  /**
   * @return where the text stands in the source
   */
  SourceSpan getLocation();

  /**
   * @return why an importer gave the outcome the values rules read (kind, orientation, subjects,
   *     qualifiers, instruments): the words and the lexicon entry of each; empty for an outcome a
   *     person encoded
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Evidence> getEvidence();

  /**
   * @param outcome an outcome
   * @return the reference to it
   */
  static FlaggedOutcome of(Outcome outcome) {
    return ImmutableFlaggedOutcome.builder()
        .id(outcome.getId())
        .section(outcome.getSection())
        .text(outcome.getText())
        .location(outcome.getLocation())
        .evidence(ruleInputs(outcome.getEvidence()))
        .build();
  }

  private static List<Evidence> ruleInputs(List<Evidence> evidence) {
    List<Evidence> inputs = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      if (RULE_INPUTS.contains(e.getField())) {
        inputs.add(e);
      }
    }
    return inputs;
  }
}
