package io.github.cbcf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Subjects;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingsTest {
  @ParameterizedTest(name = "{0} outcomes")
  @ValueSource(ints = {1, 19, 50, 1000, 4321})
  void aBatchHoldsExactlyTheOutcomesAskedForInMeetingsOfTwentyToFifty(int outcomes) {
    List<ForumRecord> records = Meetings.random(Meetings.SEED, outcomes);

    assertThat(Meetings.outcomesOf(records)).isEqualTo(outcomes);
    assertThat(records.subList(0, records.size() - 1))
        .allSatisfy(
            r ->
                assertThat(r.getOutcomes().size())
                    .isBetween(Meetings.MIN_OUTCOMES, Meetings.MAX_OUTCOMES));
    assertThat(records.stream().map(ForumRecord::getId)).doesNotHaveDuplicates();
  }

  @Test
  void theSameSeedGivesTheSameBatch() {
    assertThat(Meetings.random(7, 500))
        .isEqualTo(Meetings.random(7, 500))
        .isNotEqualTo(Meetings.random(8, 500));
  }

  @Test
  void eachJoinMeetingHasOnePersonalDataOutcomeAndTheRestAlternate() {
    List<ForumRecord> records = Meetings.dataFlowJoin(1, 5, 7);

    assertThat(records)
        .hasSize(5)
        .allSatisfy(
            record -> {
              assertThat(record.getOutcomes()).hasSize(7);
              assertThat(count(record, Subjects.DATA_SENSITIVE_PERSONAL)).isEqualTo(1);
              assertThat(count(record, Subjects.DATA_CROSS_BORDER_FLOW)).isEqualTo(3);
              assertThat(count(record, Subjects.REGISTRY_FOREIGN_AGENTS)).isEqualTo(3);
            });
    assertThat(records.stream().map(ForumRecord::getId)).doesNotHaveDuplicates();
  }

  @Test
  void aJoinMeetingNeedsTwoOutcomes() {
    assertThatThrownBy(() -> Meetings.dataFlowJoin(1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2");
  }

  @Test
  void denseRecordsKeepTheirOutcomesAndDrawOnlyRuleSubjects() {
    SplittableRandom random = new SplittableRandom(3);
    ForumRecord record = Meetings.random(3, 40).get(0);

    ForumRecord dense = Meetings.ruleDense(random, record);

    assertThat(dense.getOutcomes())
        .extracting(Outcome::getId)
        .containsExactlyElementsOf(record.getOutcomes().stream().map(Outcome::getId).toList());
    assertThat(dense.getOutcomes())
        .allSatisfy(o -> assertThat(Meetings.RULE_SUBJECTS).containsAll(o.getSubjects()));
  }

  @Test
  void the2024RecordIsBundled() {
    assertThat(Meetings.cbcf2024().getOutcomes()).isNotEmpty();
  }

  private static long count(ForumRecord record, String subject) {
    return record.getOutcomes().stream().filter(o -> o.hasSubject(subject)).count();
  }
}
