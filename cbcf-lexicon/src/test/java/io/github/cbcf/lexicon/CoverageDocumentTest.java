package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/lexicon-coverage.md} lists, for each code, how many phrases and negative contexts
 * each built-in lexicon has; it is generated from the lexicons so that it cannot drift. Regenerate
 * it with {@code -Dcbcf.lexicon.writeCoverage=true}.
 */
class CoverageDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "lexicon-coverage.md");

  @Test
  void theCoverageDocumentIsUpToDate() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("cbcf.lexicon.writeCoverage")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }

    assertThat(Files.exists(DOCUMENT))
        .as("%s exists; generate it with -Dcbcf.lexicon.writeCoverage=true", DOCUMENT)
        .isTrue();
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as(
            "%s is out of date: run mvn -pl cbcf-lexicon -am test -Dtest=CoverageDocumentTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dcbcf.lexicon.writeCoverage=true",
            DOCUMENT)
        .isEqualTo(expected);
  }

  static String render() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    String[] languages = {"en", "fr"};
    for (int l = 0; l < languages.length; l++) {
      for (LexiconEntry entry : Lexicon.builtIn(languages[l]).getEntries()) {
        int[] row = counts.computeIfAbsent(entry.getCode(), code -> new int[4]);
        row[l] += entry.getPhrases().size();
        row[2 + l] += entry.getNegativeContexts().size();
        if (l == 0) {
          labels.put(entry.getCode(), entry.getLabel());
        }
      }
    }
    StringBuilder text = new StringBuilder();
    text.append("# Lexicon coverage\n\n")
        .append(
            "Generated from `cbcf-lexicon/src/main/resources/io/github/cbcf/lexicon/en.lexicon` and `fr.lexicon`")
        .append(
            " by `CoverageDocumentTest`; do not edit by hand. A phrase is counted once however many inflected")
        .append(" forms it matches (\"share\", \"shared\", \"sharing\").\n\n")
        .append(
            "| Code | Label | EN phrases | FR phrases | EN negative contexts | FR negative contexts |\n")
        .append("| --- | --- | ---: | ---: | ---: | ---: |\n");
    int[] total = new int[4];
    counts.forEach(
        (code, row) -> {
          text.append("| `")
              .append(code)
              .append("` | ")
              .append(labels.getOrDefault(code, ""))
              .append(" | ")
              .append(row[0])
              .append(" | ")
              .append(row[1])
              .append(" | ")
              .append(row[2])
              .append(" | ")
              .append(row[3])
              .append(" |\n");
          for (int i = 0; i < 4; i++) {
            total[i] += row[i];
          }
        });
    text.append("| **Total** | ")
        .append(counts.size())
        .append(" codes | ")
        .append(total[0])
        .append(" | ")
        .append(total[1])
        .append(" | ")
        .append(total[2])
        .append(" | ")
        .append(total[3])
        .append(" |\n");
    return text.toString();
  }
}
