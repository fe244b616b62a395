package io.github.cbcf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.FindingStatus;
import io.github.cbcf.rules.ReviewReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report parses, has a test case per outcome and a failure per raised finding. */
class JUnitXmlReportTest {
  @Test
  void aCasePerOutcomeAndAFailurePerRaisedFinding() throws Exception {
    ReviewReport report = GoldenReportsTest.reports().get(0);
    Document xml = parse(ReportFormat.JUNIT.render(List.of(report), List.of()));

    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(report.getOutcomesReviewed());
    long raisedOnOutcomes =
        report.getFindings().stream()
            .filter(f -> f.getStatus() == FindingStatus.RAISED)
            .mapToLong(f -> f.getOutcomes().size())
            .sum();
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(raisedOnOutcomes);
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(report.getOutcomesReviewed()));
    assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(raisedOnOutcomes));
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      boolean clean = report.getCleanOutcomes().contains(testCase.getAttribute("name"));
      assertThat(testCase.getElementsByTagName("failure").getLength() == 0)
          .as(testCase.getAttribute("name"))
          .isEqualTo(clean);
    }
  }

  @Test
  void textThatIsNotXmlIsEscapedOrReplaced() {
    assertThat(JUnitXmlReport.attribute("a \"b\" <c> & d\ne"))
        .isEqualTo("a &quot;b&quot; &lt;c&gt; &amp; d&#10;e");
    assertThat(JUnitXmlReport.text("bell \u0007 here")).isEqualTo("bell \uFFFD here");
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
