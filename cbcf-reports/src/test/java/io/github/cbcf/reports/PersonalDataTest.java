package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Contact;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.io.RecordReader;
import io.github.cbcf.rules.PersonalData;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contacts the record marks as personal data stay out of every format unless asked for. */
class PersonalDataTest {
  private static final Reviewer REVIEWER = Reviewer.builtIn();
  private static final ForumRecord RECORD =
      RecordReader.create().read(Path.of(GoldenReportsTest.RECORD));

  /** The name, telephone and e-mail of each contact who is a person. */
  private static List<String> personalValues() {
    return RECORD.getContacts().stream()
        .filter(Contact::isPersonalData)
        .flatMap(c -> Stream.of(c.getName(), c.getPhone(), c.getEmail()))
        .flatMap(Optional::stream)
        .toList();
  }

  private static List<ReviewReport> reports() {
    return List.of(REVIEWER.review(RECORD).withFile(GoldenReportsTest.RECORD));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void everyFormatWithholdsPersonalDataByDefault(ReportFormat format) {
    String rendered = format.render(reports(), REVIEWER.getRules());

    assertThat(personalValues()).hasSizeGreaterThanOrEqualTo(6);
    for (String value : personalValues()) {
      assertThat(rendered.toLowerCase()).as(value).doesNotContain(value.toLowerCase());
    }
    // The offices and contacts who are not people stay.
    assertThat(RECORD.getSource().getText()).contains("media@ps-sp.gc.ca");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void askingForPersonalDataShowsItWhereTheFormatShowsTheStatement(ReportFormat format) {
    String rendered =
        format.render(
            reports(), REVIEWER.getRules(), ReportOptions.defaults().includePersonalData(true));
    String withheld = format.render(reports(), REVIEWER.getRules());

    if (format == ReportFormat.HTML) {
      assertThat(rendered).contains(personalValues());
      assertThat(withheld).contains("Personal data withheld").contains("█");
    } else {
      // The other formats show sentences, not the contacts block: nothing to withhold here.
      assertThat(rendered).isEqualTo(withheld);
    }
  }

  @Test
  void maskingKeepsEveryOffsetInPlace() {
    ReviewReport report = reports().get(0);
    ReviewReport masked = PersonalData.withheld(report);

    String before = report.getRecord().getSourceText();
    String after = masked.getRecord().getSourceText();
    assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
    assertThat(masked.getRecord().getPersonalDataWithheld()).isGreaterThanOrEqualTo(6);
    assertThat(masked.getFindings()).isEqualTo(report.getFindings());
    for (String value : personalValues()) {
      assertThat(after).doesNotContainIgnoringCase(value);
    }
  }
}
