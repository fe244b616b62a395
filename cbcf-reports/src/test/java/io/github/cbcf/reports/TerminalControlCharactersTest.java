package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.Reviewer;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Escape sequences in a record can neither erase nor forge a line of a report printed on a
 * terminal, coloured or not: every format carries no raw control character (C0 but line feed, DEL,
 * C1, ESC, bidirectional overrides) but the colours the text report adds itself.
 */
class TerminalControlCharactersTest {
  /** The only escape sequences a coloured text report may hold: its own colours. */
  private static final String OWN_COLOURS = "\u001B\\[[0-9;]*m";

  private static String render(ReportFormat format, boolean colour) {
    return format.render(
        List.of(HostileRecords.report()),
        List.of(ReviewFailure.of("bad\u001B[2J.yaml", "broken \u009B2J\u202E")),
        Reviewer.builtIn().getRules(),
        colour);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void noFormatCarriesARawControlCharacter(ReportFormat format) {
    String rendered = render(format, false);

    assertThat(rendered.chars().filter(c -> c != '\n' && ControlCharacters.isControl(c)))
        .as(format.name())
        .isEmpty();
  }

  @ParameterizedTest(name = "colour {0}")
  @ValueSource(booleans = {false, true})
  void theTextReportShowsControlCharactersAsEscapes(boolean colour) {
    String text = render(ReportFormat.TEXT, colour);

    assertThat(
            text.replaceAll(OWN_COLOURS, "")
                .chars()
                .filter(c -> c != '\n' && ControlCharacters.isControl(c)))
        .isEmpty();
    assertThat(text)
        .contains("\\u001B[1A\\u001B[2K FORGED \\u009B31m\\u202Egnirahs")
        .contains("bad\\u001B[2J.yaml: broken \\u009B2J\\u202E");
    // A line break in a section title stays on its line.
    assertThat(text.lines()).noneMatch(line -> line.startsWith("# Forged"));
  }

  @Test
  void jsonKeepsTheValuesExactWhileEscapingThem() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON, false));

    assertThat(json.at("/records/0/report/findings/0/outcomes/0/text").asText())
        .isEqualTo(HostileRecords.SENTENCE);
    assertThat(json.at("/failures/0/file").asText()).isEqualTo("bad\u001B[2J.yaml");
  }

  @Test
  void anEscapingWriterKeepsLineFeedsAndTabsAndShowsTheRest() throws Exception {
    StringWriter target = new StringWriter();
    try (Writer writer = ControlCharacters.escaping(target)) {
      writer.write("a\tb\nc\r\u001B[31md\u0085e\u2066f\u0000");
      writer.write('\u001B');
      writer.write("g\r\n");
    }

    assertThat(target.toString())
        .isEqualTo("a\tb\nc\\u000D\\u001B[31md\\u0085e\\u2066f\\u0000\\u001Bg\r\n");
  }
}
