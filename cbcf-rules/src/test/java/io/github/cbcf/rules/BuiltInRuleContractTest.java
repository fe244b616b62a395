package io.github.cbcf.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.Subjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The metadata contract of the built-in rules, checked twice: as the engine reads it ({@link
 * Reviewer#getRules()}) and as the DRL files are written. A rule without an id, severity, concern,
 * authorities or rationale, a repeated id, a missing intent comment, a file not named after its
 * concern, advice-like wording or a right-hand side that does anything but emit a flag fails the
 * build.
 */
class BuiltInRuleContractTest {
  private static final Path BUILT_IN =
      Path.of("src", "main", "resources", "io", "github", "cbcf", "rules", "builtin");
  private static final String PACKAGE = "io.github.cbcf.rules.builtin";
  private static final List<String> REQUIRED =
      List.of("id", "severity", "concern", "authorities", "rationale");
  private static final List<String> JURISDICTIONS = List.of("US", "CA", "GB", "AU", "NZ");
  private static final List<String> ADVICE = List.of("you must", "you should", "legal advice");

  private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"\\s*$");
  private static final Pattern METADATA = Pattern.compile("^@(\\w+)\\(\"(.*)\"\\)$");
  private static final Pattern EMIT =
      Pattern.compile("^insert\\(Flag\\.raise\\(\\$\\w+(, \\$\\w+)*\\)\\);$");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\bmodify\\s*\\(|\\bupdate\\s*\\(|\\bretract\\s*\\(|\\bdelete\\s*\\(|System\\.(out|err)"
              + "|\\.?\\bset[A-Z]\\w*\\s*\\(");

  private static List<RuleDescription> described;
  private static List<DrlRule> written;

  @BeforeAll
  static void read() throws IOException {
    described = Reviewer.builtIn().getRules();
    written = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUILT_IN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        written.addAll(DrlRule.parse(file));
      }
    }
  }

  @Test
  void everyRuleCarriesTheRequiredMetadata() {
    assertThat(described)
        .hasSize(26)
        .allSatisfy(
            rule -> {
              assertThat(rule.getId())
                  .as("id of %s", rule.getTitle())
                  .matches("CBCF-[A-Z]+-\\d{3}");
              assertThat(rule.getSeverity()).as("severity of %s", rule.getId()).isNotNull();
              assertThat(rule.getConcern())
                  .as("concern of %s", rule.getId())
                  .matches("[a-z0-9]+(-[a-z0-9]+)*");
              assertThat(rule.getAuthorities())
                  .as("authorities of %s", rule.getId())
                  .isNotEmpty()
                  .allSatisfy(
                      a -> {
                        // One jurisdiction, or several joined by "/" for an instrument they share.
                        assertThat(a.getJurisdiction().split("/"))
                            .isNotEmpty()
                            .allSatisfy(code -> assertThat(code).isIn(JURISDICTIONS));
                        assertThat(a.getCitation()).isNotBlank();
                      });
              assertThat(rule.getRationale()).as("rationale of %s", rule.getId()).isNotBlank();
              assertThat(rule.isBuiltIn()).isTrue();
              assertThat(rule.getPackageName()).isEqualTo(PACKAGE);
            });
  }

  @Test
  void noIdRepeats() {
    // The engine keys rules by id, so a repeat could hide there: count the rules in the files as
    // well.
    List<String> idsInFiles = written.stream().map(r -> r.metadata.get("id")).toList();
    assertThat(idsInFiles).doesNotHaveDuplicates().hasSameSizeAs(described);
    assertThat(described)
        .extracting(RuleDescription::getId)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(idsInFiles);
    assertThat(described).extracting(RuleDescription::getTitle).doesNotHaveDuplicates();
  }

  @Test
  void rationalesSayWhatMayRequireReviewAndGiveNoAdvice() {
    assertThat(described)
        .allSatisfy(
            rule -> {
              assertThat(rule.getRationale()).as(rule.getId()).contains("may require review");
              String lower = rule.getRationale().toLowerCase(Locale.ROOT);
              // A rule serves meetings of any number of parties: "both countries" is wrong when
              // there are five.
              assertThat(lower)
                  .as("parties in %s", rule.getId())
                  .doesNotContain("both countries", "two countries");
              assertThat(ADVICE)
                  .as("advice-like phrasing in %s", rule.getId())
                  .noneMatch(lower::contains);
            });
  }

  @Test
  void everyBuiltInRuleHasATestClassOfItsOwn() throws IOException {
    Path tests = Path.of("src", "test", "java", "io", "github", "cbcf", "rules", "builtin");
    Set<String> tested;
    try (Stream<Path> files = Files.list(tests)) {
      Pattern constant = Pattern.compile("String RULE = \"(CBCF-[A-Z]+-\\d{3})\"");
      tested =
          files
              .filter(p -> p.toString().endsWith("Test.java"))
              .flatMap(
                  p -> {
                    Matcher m = constant.matcher(read(p));
                    return m.find() ? Stream.of(m.group(1)) : Stream.empty();
                  })
              .collect(Collectors.toSet());
    }
    assertThat(tested)
        .containsExactlyInAnyOrderElementsOf(
            described.stream().map(RuleDescription::getId).toList());
  }

  @TestFactory
  Stream<DynamicTest> everyDrlRuleKeepsTheWritingContract() {
    assertThat(written).isNotEmpty();
    return written.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.file + ": " + rule.name,
                    () -> {
                      assertThat(rule.intent)
                          .as("the line before the rule")
                          .matches("// Intent: \\S.*");
                      assertThat(rule.metadata.keySet()).as("metadata").containsAll(REQUIRED);
                      REQUIRED.forEach(
                          key -> assertThat(rule.metadata.get(key)).as("@%s", key).isNotBlank());
                      String fileName = rule.file.getFileName().toString();
                      assertThat(fileName).matches("[a-z0-9]+(-[a-z0-9]+)*\\.drl");
                      assertThat(rule.metadata.get("concern"))
                          .as("@concern names the file")
                          .isEqualTo(fileName.substring(0, fileName.length() - ".drl".length()));
                      assertThat(rule.header)
                          .as("no forced ordering")
                          .noneMatch(
                              l ->
                                  l.startsWith("salience")
                                      || l.startsWith("agenda-group")
                                      || l.startsWith("activation-group"));
                      // A rule only emits: one insert of a flag, nothing else.
                      assertThat(rule.consequence)
                          .as("right-hand side")
                          .isNotEmpty()
                          .allSatisfy(
                              line ->
                                  assertThat(line).doesNotContainPattern(FORBIDDEN).matches(EMIT));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> retrospectiveMetadataStatesWhatTheConditionDoes() {
    // @retrospective("skip") is a promise that every outcome pattern excludes retrospective
    // outcomes;
    // @retrospective("fire") that none does. The metadata is what a reader sees, the constraint
    // what runs.
    return written.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.file.getFileName() + ": " + rule.name,
                    () -> {
                      assertThat(rule.metadata.get("retrospective"))
                          .as("@retrospective")
                          .isIn("skip", "fire", "lower");
                      List<String> patterns =
                          rule.condition.stream()
                              .filter(l -> l.contains("OutcomeInContext("))
                              .toList();
                      assertThat(patterns).as("outcome patterns").isNotEmpty();
                      if (rule.metadata.get("retrospective").equals("skip")) {
                        assertThat(patterns)
                            .allSatisfy(
                                p ->
                                    assertThat(p)
                                        .contains("OutcomeInContext( !isRetrospective(),"));
                      } else {
                        assertThat(rule.condition)
                            .noneSatisfy(l -> assertThat(l).contains("isRetrospective"));
                      }
                    }));
  }

  @Test
  void everySubjectCodeInTheRuleFilesIsInTheCatalogue() throws IOException {
    // A mistyped code in hasSubject("...") compiles and silently never fires: check every one
    // against the model.
    Pattern subject = Pattern.compile("hasSubject\\(\"([^\"]*)\"\\)");
    List<String> unknown = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(BUILT_IN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = subject.matcher(lines.get(i));
          while (m.find()) {
            checked++;
            if (!Subjects.isBuiltIn(m.group(1))) {
              unknown.add(file.getFileName() + ":" + (i + 1) + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(checked).as("hasSubject calls found").isGreaterThan(30);
    assertThat(unknown).as("subject codes not in Subjects").isEmpty();
  }

  @Test
  void everyFileDeclaresThePackageItsFolderMirrors() throws IOException {
    try (Stream<Path> files = Files.list(BUILT_IN)) {
      assertThat(files.filter(p -> p.toString().endsWith(".drl")))
          .isNotEmpty()
          .allSatisfy(
              file -> {
                assertThat(read(file))
                    .containsPattern("(?m)^package " + Pattern.quote(PACKAGE) + ";$");
                // The file the engine loads is this one, not a stale copy.
                String resource = PACKAGE.replace('.', '/') + "/" + file.getFileName();
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                  assertThat(in).as("classpath resource %s", resource).isNotNull();
                  assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                      .isEqualTo(read(file));
                }
              });
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One rule as written in a DRL file: the line before it, its header lines, metadata and
   * consequence.
   */
  private static final class DrlRule {
    final Path file;
    final String name;
    final String intent;
    final List<String> header = new ArrayList<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    final List<String> condition = new ArrayList<>();
    final List<String> consequence = new ArrayList<>();

    private DrlRule(Path file, String name, String intent) {
      this.file = file;
      this.name = name;
      this.intent = intent;
    }

    static List<DrlRule> parse(Path file) {
      List<String> lines = read(file).lines().map(String::trim).toList();
      List<DrlRule> rules = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Matcher start = RULE.matcher(lines.get(i));
        if (!start.matches()) {
          continue;
        }
        DrlRule rule = new DrlRule(file, start.group(1), i == 0 ? "" : lines.get(i - 1));
        int at = i + 1;
        for (; at < lines.size() && !lines.get(at).equals("when"); at++) {
          rule.header.add(lines.get(at));
          Matcher meta = METADATA.matcher(lines.get(at));
          if (meta.matches()) {
            rule.metadata.put(meta.group(1), meta.group(2));
          }
        }
        for (at++; at < lines.size() && !lines.get(at).equals("then"); at++) {
          rule.condition.add(lines.get(at));
        }
        for (at++; at < lines.size() && !lines.get(at).equals("end"); at++) {
          if (!lines.get(at).isEmpty()) {
            rule.consequence.add(lines.get(at));
          }
        }
        rules.add(rule);
        i = at;
      }
      return rules;
    }
  }
}
