package io.github.cbcf.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.SourceDocument;
import io.github.cbcf.model.SourceSpan;
import io.github.cbcf.model.Subjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs the code sample of README.md, and checks the README still shows it word for
 * word.
 */
class ReadmeExampleTest {

  private static List<String> review() {
    List<String> printed = new ArrayList<>();
    // README:begin
    String text =
        "The Ministers committed to maximize information sharing within each country's laws.";
    ForumRecord record =
        new ForumRecord.Builder()
            .id("example")
            .forum("Cross-Border Crime Forum")
            .date("2025-06")
            .place("Ottawa")
            .addParties(Party.of("US", "United States"), Party.of("CA", "Canada"))
            .addSection(new Section.Builder().id("sharing").title("Information Sharing").build())
            .addOutcome(
                new Outcome.Builder()
                    .id("o1")
                    .section("sharing")
                    .kind(OutcomeKind.COMMITTED)
                    .addParties("US", "CA")
                    .text(text)
                    .location(SourceSpan.of(0, text.length(), 1))
                    .addSubject(Subjects.DATA_INFORMATION_SHARING)
                    .addQualifier(
                        new Qualifier.Builder()
                            .kind(QualifierKind.DOMESTIC_LAW)
                            .text("within each country's laws")
                            .location(SourceSpan.locate(text, "within each country's laws"))
                            .build())
                    .build())
            .source(
                new SourceDocument.Builder()
                    .title("Example statement")
                    .language("en")
                    .text(text)
                    .build())
            .build();
    ReviewReport report = Reviewer.builtIn().review(record);
    report
        .getFindings()
        .forEach(f -> printed.add(f.getSeverity() + " " + f.getRuleId() + " " + f.getTitle()));
    // README:end
    return printed;
  }

  @Test
  void sampleFlagsTheDomesticLawQualifierAndTheAccountabilityGap() {
    assertThat(review())
        .containsExactly(
            "MEDIUM CBCF-INFO-001 Information sharing qualified only by domestic law",
            "INFO CBCF-ACCT-001 Binding outcome with no owner, date or named instrument");
  }

  @Test
  void readmeShowsTheSampleAsCompiledHere() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/io/github/cbcf/rules/ReadmeExampleTest.java"));
    String sample =
        source.substring(
            source.indexOf("// README:begin") + "// README:begin".length(),
            source.indexOf("    // README:end"));
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme)
        .contains(
            sample
                .replace("printed.add(", "System.out.println(")
                .stripTrailing()
                .stripIndent()
                .strip());
  }
}
