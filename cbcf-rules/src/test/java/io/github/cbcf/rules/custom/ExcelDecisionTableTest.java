package io.github.cbcf.rules.custom;

import static io.github.cbcf.rules.custom.SeedRecord.CBCF_2024;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.FlaggedOutcome;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleSetException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision table in an Excel workbook, written here with Apache POI as a user's spreadsheet tool
 * would.
 */
class ExcelDecisionTableTest {
  private static final List<String[]> TABLE =
      List.of(
          new String[] {"RuleSet", "com.example.house.workbook"},
          new String[] {
            "Import", "io.github.cbcf.rules.facts.OutcomeInContext, io.github.cbcf.rules.facts.Flag"
          },
          new String[] {},
          new String[] {"RuleTable Workbook subjects"},
          new String[] {"NAME", "METADATA", "METADATA", "METADATA", "CONDITION", "ACTION"},
          new String[] {"", "", "", "", "$o : OutcomeInContext", ""},
          new String[] {
            "",
            "id(\"$param\")",
            "severity(\"$param\")",
            "rationale(\"$param\")",
            "hasSubject(\"$param\")",
            "insert(Flag.raise($o));"
          },
          new String[] {"Rule", "Id", "Severity", "Rationale", "Subject", "Flag"},
          new String[] {
            "Elder fraud desk",
            "HOUSE-XL-001",
            "MEDIUM",
            "Outcomes on elder fraud may require review by the victims' services desk.",
            "fraud.elder",
            "X"
          });

  private static Path workbook(Path folder, List<String[]> rows) throws IOException {
    Path file = folder.resolve("house-subjects.drl.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Tables");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).length; c++) {
          row.createCell(c).setCellValue(rows.get(r)[c]);
        }
      }
      workbook.write(out);
    }
    return file;
  }

  @Test
  void workbookRowsBecomeRulesWithMetadata(@TempDir Path folder) throws IOException {
    Reviewer reviewer = Reviewer.builder().addRules(workbook(folder, TABLE)).build();

    ReviewReport report = reviewer.review(CBCF_2024);

    assertThat(report.findingsOf("HOUSE-XL-001"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.getOutcomes())
                  .extracting(FlaggedOutcome::getId)
                  .containsExactly("oc-elder-fraud");
              assertThat(finding.getRationale()).contains("victims' services desk");
            });
    assertThat(reviewer.findRule("HOUSE-XL-001"))
        .get()
        .satisfies(rule -> assertThat(rule.getFile()).endsWith("house-subjects.drl.xlsx"));
  }

  @Test
  void aMistypedSubjectInAWorkbookCellIsAWarningNamingTheCell(@TempDir Path folder)
      throws IOException {
    List<String[]> mistyped = new java.util.ArrayList<>(TABLE);
    mistyped.set(
        8,
        new String[] {
          "Elder fraud desk", "HOUSE-XL-001", "MEDIUM", "May require review.", "fraud.eldr", "X"
        });

    Reviewer reviewer = Reviewer.builder().addRules(workbook(folder, mistyped)).build();

    assertThat(reviewer.getWarnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.getFile()).endsWith("house-subjects.drl.xlsx");
              assertThat(warning.getLine()).isEqualTo(9);
              assertThat(warning.getColumn()).isEqualTo(5);
              assertThat(warning.getMessage())
                  .contains("sheet Tables, cell E9")
                  .contains("\"fraud.eldr\"")
                  .contains("did you mean fraud.elder?");
            });
  }

  @Test
  void aWorkbookWithKnownSubjectsGivesNoWarning(@TempDir Path folder) throws IOException {
    assertThat(Reviewer.builder().addRules(workbook(folder, TABLE)).build().getWarnings())
        .isEmpty();
  }

  @Test
  void workbookRowWithoutRationaleIsRefusedNamingTheFile(@TempDir Path folder) throws IOException {
    List<String[]> noRationale = new java.util.ArrayList<>(TABLE);
    noRationale.set(
        8, new String[] {"Elder fraud desk", "HOUSE-XL-001", "MEDIUM", "", "fraud.elder", "X"});

    RuleSetException failure =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RuleSetException.class,
            () -> Reviewer.builder().addRules(workbook(folder, noRationale)).build());

    assertThat(failure.getProblems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.getFile()).endsWith("house-subjects.drl.xlsx");
              assertThat(problem.getPath()).isEqualTo(RuleSetException.pathOf("Elder fraud desk"));
              assertThat(problem.getMessage()).contains("@rationale");
            });
  }
}
