package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbcf.rules.Reviewer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SARIF {@code uri} values are RFC 3986 URIs: percent-encoded, relative with a base, or file:. */
class SarifUriTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "records/cbcf-2024.yaml | records/cbcf-2024.yaml",
        "../records/a b.yaml | ../records/a%20b.yaml",
        "records/#1 100%.yaml | records/%231%20100%25.yaml",
        "records/é?.yaml | records/%C3%A9%3F.yaml",
        "a:b.yaml | a%3Ab.yaml",
        "/tmp/x y/r.yaml | file:///tmp/x%20y/r.yaml",
        "C:\\records\\r.yaml | file:///C:/records/r.yaml",
      })
  void pathsArePercentEncoded(String path, String expected) {
    String uri = SarifReport.uri(path);

    assertThat(uri).isEqualTo(expected);
    URI parsed = URI.create(uri);
    assertThat(parsed.getPath()).endsWith(path.replace('\\', '/').replaceFirst("^C:", ""));
  }

  @Test
  void everyUriOfTheReportParsesAndRelativeOnesHaveABase() throws Exception {
    String sarif =
        ReportFormat.SARIF.render(List.of(HostileRecords.report()), Reviewer.builtIn().getRules());
    List<JsonNode> locations = new ObjectMapper().readTree(sarif).findParents("uri");

    assertThat(locations).isNotEmpty();
    for (JsonNode location : locations) {
      URI uri = URI.create(location.get("uri").asText());
      assertThat(uri.getPath()).isEqualTo("records/a b#1 100%é.yaml");
      assertThat(location.get("uriBaseId").asText()).isEqualTo(SarifReport.SOURCE_ROOT);
    }
  }
}
