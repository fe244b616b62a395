package io.github.cbcf.examples.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Subject;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.Statements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example house lexicon ({@code lexicons/house.lexicon}) adds a house code the built-in
 * catalogue does not know; a statement imported with it declares the code, and the example house
 * rule ({@code lexicons/export-controls.drl}) fires on it. Without the lexicon, the rule is silent.
 */
class HouseLexiconReviewTest {
  private static final Path LEXICON = Path.of("lexicons", "house.lexicon");
  private static final Path HOUSE_RULE = Path.of("lexicons", "export-controls.drl");

  /** Written for this test: a meeting of no real forum. */
  private static final String STATEMENT =
      String.join(
          "\n",
          "Canada and the United States held a trade security dialogue in Ottawa on March 3, 2025.",
          "The two countries agreed to work together on export controls for sensitive technology.",
          "They also agreed to pass on tips about smuggled firearms.",
          "");

  @TempDir Path folder;

  private ForumRecord imported(boolean withLexicon) throws Exception {
    Path statement = folder.resolve("dialogue.txt");
    Files.writeString(statement, STATEMENT);
    var builder = Statements.builder();
    if (withLexicon) {
      builder.addLexicon(LEXICON);
    }
    return builder.build().read(statement).getRecord();
  }

  @Test
  void aHouseCodeOfTheLexiconIsTaggedDeclaredAndFiresTheHouseRule() throws Exception {
    ForumRecord record = imported(true);

    assertThat(record.getSubjects())
        .containsExactly(Subject.of("house.export-controls", "Export controls"));
    Outcome exports =
        record.getOutcomes().stream()
            .filter(o -> o.getText().contains("export controls"))
            .findFirst()
            .orElseThrow();
    assertThat(exports.getSubjects()).contains("house.export-controls");
    Evidence evidence =
        exports.getEvidence().stream()
            .filter(e -> e.getValue().equals("house.export-controls"))
            .findFirst()
            .orElseThrow();
    assertThat(evidence.getWords()).isEqualTo("export controls");
    assertThat(evidence.getEntry()).isEqualTo(LEXICON + ":8 house.export-controls");

    ReviewReport report = Reviewer.builder().addRules(HOUSE_RULE).build().review(record);

    assertThat(flagged(report, "HOUSE-EXPORT-001")).containsExactly(exports.getText());
  }

  @Test
  void theHouseLexiconAddsPhrasesToABuiltInCode() throws Exception {
    Outcome tips =
        imported(true).getOutcomes().stream()
            .filter(o -> o.getText().contains("tips"))
            .findFirst()
            .orElseThrow();

    assertThat(tips.getSubjects()).contains("data.information-sharing");
  }

  @Test
  void withoutTheLexiconTheHouseRuleIsSilent() throws Exception {
    ForumRecord record = imported(false);

    assertThat(record.getSubjects()).isEmpty();
    assertThat(
            flagged(
                Reviewer.builder().addRules(HOUSE_RULE).build().review(record), "HOUSE-EXPORT-001"))
        .isEmpty();
  }

  private static List<String> flagged(ReviewReport report, String rule) {
    return report.getFindings().stream()
        .filter(f -> f.getRuleId().equals(rule))
        .flatMap((Finding f) -> f.getOutcomes().stream())
        .map(FlaggedOutcome::getText)
        .toList();
  }
}
