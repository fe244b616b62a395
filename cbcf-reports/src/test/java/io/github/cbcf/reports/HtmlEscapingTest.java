package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.Reviewer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML report shows a hostile record's values, and a failed input's reason, as text. */
class HtmlEscapingTest {
  @Test
  void hostileValuesAddNoElementAndNoControlCharacter() {
    String html =
        ReportFormat.HTML.render(
            List.of(HostileRecords.report()),
            List.of(ReviewFailure.of("x.yaml", "reason " + HostileRecords.IMG)),
            Reviewer.builtIn().getRules(),
            false);
    Document page = Jsoup.parse(html);

    assertThat(page.select("img, script, [onerror]")).isEmpty();
    assertThat(page.text()).contains(HostileRecords.IMG).contains("reason " + HostileRecords.IMG);
    assertThat(html.chars().filter(c -> c != '\n' && ControlCharacters.isControl(c))).isEmpty();
    assertThat(html).contains("\\u001B[1A").contains("\\u202E");
  }
}
