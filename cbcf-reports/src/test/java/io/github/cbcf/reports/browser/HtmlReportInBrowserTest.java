package io.github.cbcf.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cbcf.reports.ReportFormat;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.text.Statements;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the seed statement's import, opened in headless Chromium as a reviewer opens
 * it: every finding's sentence is highlighted and linked both ways, a flagged sentence says its
 * severity in words (not colour alone), and the page fits a phone and a desktop without sideways
 * scrolling. Fails, never skips, when Chromium is missing: {@code .ci/run} installs it.
 */
class HtmlReportInBrowserTest {
  private static final Path STATEMENT = Path.of("../cbcf-examples/statements/cbcf-2024.txt");

  @TempDir static Path folder;

  private static Path page;
  private static int findingCount;

  /** One desktop browser for the desktop checks: starting Chromium is the slow part. */
  private static HeadlessChromium desktop;

  @BeforeAll
  static void renderTheSeedStatement() throws Exception {
    Reviewer reviewer = Reviewer.builtIn();
    ReviewReport report =
        reviewer.review(Statements.read(STATEMENT).getRecord()).withFile(STATEMENT.toString());
    findingCount = report.getFindings().size();
    page = folder.resolve("cbcf-2024.html");
    Files.writeString(
        page,
        ReportFormat.HTML.render(List.of(report), reviewer.getRules()),
        StandardCharsets.UTF_8);
    desktop = HeadlessChromium.desktop(1280, 900);
    desktop.open(page);
  }

  @AfterAll
  static void closeTheBrowser() throws Exception {
    if (desktop != null) {
      desktop.close();
    }
  }

  /** Each finding: its id, and for each sentence it links to, where that sentence links back. */
  private static final String LINKS =
      """
      return Array.from(document.querySelectorAll('article.finding')).map(finding => ({
        id: finding.id,
        severity: finding.querySelector('.severity').textContent.trim(),
        sentences: Array.from(finding.querySelectorAll('blockquote a[href^="#"]')).map(link => {
          const mark = document.getElementById(link.getAttribute('href').slice(1));
          const back = mark && mark.querySelector('a[href^="#"]');
          const target = back && document.getElementById(back.getAttribute('href').slice(1));
          return {
            tag: mark ? mark.tagName : null,
            severityClass: mark ? mark.className : null,
            label: mark ? getComputedStyle(mark, '::before').content : null,
            visible: mark ? mark.getBoundingClientRect().width > 0 : false,
            backTo: target ? target.tagName + '.' + target.className.split(' ')[0] : null,
            backLinksHere: target
                ? Array.from(target.querySelectorAll('blockquote a[href^="#"]'))
                    .some(a => a.getAttribute('href') === '#' + mark.id)
                : false
          };
        })
      }));
      """;

  private static final String WIDTHS =
      "return {inner: window.innerWidth, scroll: document.documentElement.scrollWidth,"
          + " body: document.body.scrollWidth};";

  @Test
  void everyFindingsSentenceIsHighlightedAndLinkedBothWays() throws Exception {
    JsonNode findings = desktop.run(LINKS);

    assertThat(findingCount).as("findings on the seed statement").isPositive();
    assertThat(findings).as("findings on the page").hasSize(findingCount);
    List<String> broken = new ArrayList<>();
    for (JsonNode finding : findings) {
      String id = finding.path("id").asText();
      String severity = finding.path("severity").asText();
      if (finding.path("sentences").isEmpty()) {
        broken.add(id + ": links to no sentence");
      }
      for (JsonNode sentence : finding.path("sentences")) {
        if (!sentence.path("tag").asText().equals("MARK")
            || !sentence.path("visible").asBoolean()) {
          broken.add(id + ": its sentence is not highlighted (" + sentence + ")");
        } else if (!sentence.path("backTo").asText().equals("ARTICLE.finding")
            || !sentence.path("backLinksHere").asBoolean()) {
          broken.add(
              id + ": its sentence does not link back to a finding on it (" + sentence + ")");
        } else if (!sentence
            .path("label")
            .asText()
            .contains(sentence.path("severityClass").asText().toUpperCase(Locale.ROOT))) {
          broken.add(
              id
                  + " ("
                  + severity
                  + "): the sentence shows its severity by colour alone ("
                  + sentence
                  + ")");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void readableOnAPhone412CssPixelsWide() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.phone(412, 915)) {
      chromium.open(page);
      JsonNode widths = chromium.run(WIDTHS);

      assertThat(widths.path("inner").asInt()).isEqualTo(412);
      assertThat(widths.path("scroll").asInt())
          .as("page width at 412 px (no sideways scrolling)")
          .isLessThanOrEqualTo(widths.path("inner").asInt());
      assertThat(widths.path("body").asInt()).isLessThanOrEqualTo(widths.path("inner").asInt());
    }
  }

  @Test
  void readableOnADesktop1280PixelsWide() throws Exception {
    JsonNode widths = desktop.run(WIDTHS);

    assertThat(widths.path("inner").asInt()).isEqualTo(1280);
    assertThat(widths.path("scroll").asInt()).isLessThanOrEqualTo(1280);
  }
}
