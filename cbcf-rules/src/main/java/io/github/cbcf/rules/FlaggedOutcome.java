package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.SourceSpan;
import org.immutables.value.Value;

/**
 * An outcome as a report shows it (one a finding rests on, or any outcome of {@link RecordFacts#getOutcomes()}):
 * its id, its exact text, and where it stands in the source.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlaggedOutcome.class)
@JsonDeserialize(as = ImmutableFlaggedOutcome.class)
public interface FlaggedOutcome {
  /** @return the outcome id */
  String getId();

  /** @return the outcome's section id */
  String getSection();

  /** @return the exact text */
  String getText();

  /** @return where the text stands in the source */
  SourceSpan getLocation();

  /**
   * @param outcome an outcome
   * @return the reference to it
   */
  static FlaggedOutcome of(Outcome outcome) {
    return ImmutableFlaggedOutcome.builder().id(outcome.getId()).section(outcome.getSection())
        .text(outcome.getText()).location(outcome.getLocation()).build();
  }
}
