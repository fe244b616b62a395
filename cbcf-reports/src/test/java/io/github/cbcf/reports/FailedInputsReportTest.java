package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.ReviewFailure;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A report over inputs some of which could not be reviewed says so in every format, names each such
 * input and why, and counts inputs as reviewed plus could not be reviewed: it never looks complete
 * when it is not.
 */
class FailedInputsReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON =
      "Rule \"house loop\" threw java.lang.IllegalStateException: boom while matching outcome o3."
          + " Fix or remove the rule; no report was produced.";
  private static final ReviewFailure FAILURE =
      ReviewFailure.of(
          "records/b-broken.yaml", new ReviewException(REASON, "house loop", "r", "o3", null));

  private static List<ReviewReport> reviewed() {
    return GoldenReportsTest.reports();
  }

  private static String render(ReportFormat format, List<ReviewFailure> failures) {
    return format.render(reviewed(), failures, Reviewer.builtIn().getRules(), false);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void everyFormatNamesTheInputThatCouldNotBeReviewedAndWhy(ReportFormat format) {
    String rendered = render(format, List.of(FAILURE));

    assertThat(rendered)
        .contains("b-broken.yaml")
        .contains("threw java.lang.IllegalStateException");
    assertThat(render(format, List.of())).doesNotContain("b-broken.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void formatsForPeopleCountInputsAsReviewedPlusFailed(ReportFormat format) {
    assertThat(render(format, List.of(FAILURE)))
        .contains("2 inputs: 1 reviewed, 1 could not be reviewed. This report is incomplete.");
    assertThat(render(format, List.of()))
        .contains("1 input: 1 reviewed, 0 could not be reviewed.")
        .doesNotContain("incomplete");
  }

  @Test
  void jsonCountsInputsAsReviewedPlusFailures() throws Exception {
    JsonNode report = JSON.readTree(render(ReportFormat.JSON, List.of(FAILURE)));

    assertThat(report.get("inputs").asInt()).isEqualTo(2);
    assertThat(report.get("reviewed").asInt()).isEqualTo(report.get("records").size()).isOne();
    assertThat(report.get("inputs").asInt())
        .isEqualTo(report.get("reviewed").asInt() + report.get("failures").size());
    JsonNode failure = report.get("failures").get(0);
    assertThat(failure.get("file").asText()).isEqualTo("records/b-broken.yaml");
    assertThat(failure.get("reason").asText()).isEqualTo(REASON);
    assertThat(failure.get("rule").asText()).isEqualTo("house loop");
    assertThat(failure.get("outcome").asText()).isEqualTo("o3");
  }

  @Test
  void sarifInvocationIsUnsuccessfulWithAnErrorNotificationPerFailedInput() throws Exception {
    JsonNode run = JSON.readTree(render(ReportFormat.SARIF, List.of(FAILURE))).get("runs").get(0);

    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
    assertThat(notification.get("level").asText()).isEqualTo("error");
    assertThat(notification.at("/message/text").asText()).contains(REASON);
    assertThat(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("records/b-broken.yaml");
    assertThat(run.at("/properties/inputs").asInt()).isEqualTo(2);
    assertThat(run.at("/properties/couldNotBeReviewed").asInt()).isEqualTo(1);

    JsonNode clean = JSON.readTree(render(ReportFormat.SARIF, List.of())).get("runs").get(0);
    assertThat(clean.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(clean.at("/invocations/0/toolExecutionNotifications")).isEmpty();
  }

  @Test
  void junitHasAnErrorTestCasePerFailedInput() throws Exception {
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    render(ReportFormat.JUNIT, List.of(FAILURE)).getBytes(StandardCharsets.UTF_8)));

    assertThat(xml.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("error").getLength()).isOne();
    Element error = (Element) xml.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo(REASON);
    Element testCase = (Element) error.getParentNode();
    assertThat(testCase.getAttribute("name")).isEqualTo("records/b-broken.yaml");
    int cases = xml.getElementsByTagName("testcase").getLength();
    assertThat(Integer.parseInt(xml.getDocumentElement().getAttribute("tests"))).isEqualTo(cases);
  }
}
