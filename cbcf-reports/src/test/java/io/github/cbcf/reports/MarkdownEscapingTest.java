package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown report, rendered as a viewer renders it (CommonMark with GitHub tables), shows a
 * hostile record's values as text: a backtick cannot close a code span and let an element in, a
 * line break cannot forge a heading, a pipe cannot add a table cell.
 */
class MarkdownEscapingTest {
  private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());

  private static Document viewed(String markdown) {
    String html =
        HtmlRenderer.builder()
            .extensions(TABLES)
            .build()
            .render(Parser.builder().extensions(TABLES).build().parse(markdown));
    return Jsoup.parseBodyFragment(html);
  }

  private static String markdown() {
    ReviewReport report = HostileRecords.report();
    return ReportFormat.MARKDOWN.render(
        List.of(report),
        List.of(ReviewFailure.of("bad` " + HostileRecords.IMG + " `.yaml", "broken\n# Forged")),
        Reviewer.builtIn().getRules(),
        false);
  }

  @Test
  void anOutcomeIdWithABacktickCannotAddLiveHtml() {
    Document page = viewed(markdown());

    assertThat(page.select("img, script, [onerror]")).isEmpty();
    // The id is still shown, as text.
    assertThat(page.text()).contains("o1` " + HostileRecords.IMG + " `");
  }

  @Test
  void aLineBreakInATitleCannotForgeAHeading() {
    Document page = viewed(markdown());

    assertThat(page.select("h1, h2, h3, h4, h5, h6"))
        .noneMatch(h -> h.text().startsWith("Forged") || h.text().startsWith("#"));
    assertThat(page.select("h2").eachText()).anyMatch(t -> t.contains("Forged heading"));
  }

  @Test
  void aPipeInATitleOrFileCannotAddATableCell() {
    Document page = viewed(markdown());

    assertThat(page.select("table tr")).allMatch(row -> row.select("th, td").size() == 7);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "[link](javascript:alert(1))",
        "![x](http://example.invalid/x.png)",
        "&lt;img src=x onerror=alert(1)&gt;",
        "*emphasis* _and_ **strong** ~~struck~~",
        "# heading",
        "a\nb\r\n# c",
        "trailing backslash \\",
      })
  void escapedTextShowsAsWrittenAndAddsNoMarkup(String value) {
    Document page = viewed(MarkdownReport.escape(value));

    assertThat(page.select("script, img, a, em, strong, del, h1, h2")).isEmpty();
    // jsoup's text() folds runs of white space, as a browser shows them.
    assertThat(page.text())
        .isEqualTo(ControlCharacters.inline(value).strip().replaceAll(" +", " "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain-id", "id with spaces", "a`b", "a|b", "<img src=x>", "``"})
  void codeShowsTheValueAsWritten(String value) {
    Document page = viewed(MarkdownReport.code(value));

    assertThat(page.select("img, a")).isEmpty();
    assertThat(page.text()).isEqualTo(value);
  }
}
