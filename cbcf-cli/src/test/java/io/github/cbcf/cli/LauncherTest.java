package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/cbcf} of the distribution staged in {@code target/cbcf} (this test runs in the
 * package phase, after the staging): the class-data archive it makes on first use, which reviews it
 * covers, when it makes a new one, that cbcf runs without one, and the compiler priority the JVM
 * runs with.
 */
class LauncherTest {
  private static final Path STAGED = Path.of("target", "cbcf");

  @TempDir static Path installed;

  /** A copy of the staged distribution without its archive, as a user unpacks it. */
  @BeforeAll
  static void install() throws IOException {
    assertThat(STAGED.resolve("bin/cbcf"))
        .as("the staged distribution (mvn package stages it before this test runs)")
        .exists();
    for (String folder : List.of("bin", "lib", "examples")) {
      try (Stream<Path> files = Files.list(STAGED.resolve(folder))) {
        Files.createDirectories(installed.resolve(folder));
        for (Path file : files.toList()) {
          if (!file.getFileName().toString().startsWith("cbcf.jsa")) {
            Files.copy(
                file,
                installed.resolve(folder).resolve(file.getFileName()),
                StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }

  @Test
  void theFirstRunMakesAnArchiveThatLaterReviewsOfRecordsAndStatementsUse(@TempDir Path work)
      throws Exception {
    Path archive = installed.resolve("lib/cbcf.jsa");
    Path stamp = installed.resolve("lib/cbcf.jsa.for");

    Run first = run(Map.of(), "--version");
    assertThat(first.out()).startsWith("cbcf ");
    assertThat(archive).exists();
    assertThat(Files.readString(stamp).trim())
        .startsWith(installed.toRealPath() + " " + javaCommand() + " ");
    try (Stream<Path> lib = Files.list(installed.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("cbcf.jsa")))
          .as("no work folder left behind")
          .containsExactlyInAnyOrder("cbcf.jsa", "cbcf.jsa.for");
    }

    FileTime made = Files.getLastModifiedTime(archive);
    run(Map.of(), "--version");
    assertThat(Files.getLastModifiedTime(archive)).as("not made again").isEqualTo(made);

    Path html =
        Files.writeString(
            work.resolve("statement.html"),
            "<html><body><p>"
                + "The United States and Canada agreed to share information within each country's laws."
                + "</p></body></html>");
    Path pdf = pdf(work.resolve("statement.pdf"));
    // About half of what each review loaded from the archive when this was written (220, 148,
    // 263 and 215 classes); a review whose classes were left out of it loads none from it.
    assertThat(
            sharedClasses(
                work,
                "io.github.cbcf.rules.",
                "review",
                installed.resolve("examples/cbcf-2024.yaml").toString()))
        .isGreaterThan(110);
    assertThat(
            sharedClasses(
                work,
                "com.ibm.icu.",
                "review",
                installed.resolve("examples/cbcf-2024.txt").toString()))
        .isGreaterThan(70);
    assertThat(sharedClasses(work, "org.jsoup.", "review", html.toString())).isGreaterThan(130);
    assertThat(sharedClasses(work, "org.apache.pdfbox.", "review", pdf.toString()))
        .isGreaterThan(100);
  }

  @Test
  void aJarWhoseTimeChangedMakesANewArchive() throws Exception {
    run(Map.of(), "--version");
    Path archive = installed.resolve("lib/cbcf.jsa");
    String stampBefore = Files.readString(installed.resolve("lib/cbcf.jsa.for"));
    FileTime made = Files.getLastModifiedTime(archive);
    Path jar = installed.resolve("lib/cbcf-cli.jar");
    FileTime jarTime = Files.getLastModifiedTime(jar);
    try {
      // The JVM would now refuse the archive, silently.
      Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2020-01-02T03:04:00Z")));

      run(Map.of(), "--version");

      assertThat(Files.readString(installed.resolve("lib/cbcf.jsa.for"))).isNotEqualTo(stampBefore);
      assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(made);
    } finally {
      Files.setLastModifiedTime(jar, jarTime);
    }
  }

  @Test
  void withoutTheExamplesOrWithTheArchiveSwitchedOffCbcfRunsWithoutOne(@TempDir Path bare)
      throws Exception {
    Files.createDirectories(bare.resolve("bin"));
    Files.copy(installed.resolve("bin/cbcf"), bare.resolve("bin/cbcf"));
    Files.createDirectories(bare.resolve("lib"));
    try (Stream<Path> jars = Files.list(installed.resolve("lib"))) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.copy(jar, bare.resolve("lib").resolve(jar.getFileName()));
      }
    }

    assertThat(run(bare, Map.of(), "--version").out()).startsWith("cbcf ");
    assertThat(bare.resolve("lib/cbcf.jsa")).doesNotExist();

    Files.createDirectories(bare.resolve("examples"));
    for (String example : List.of("cbcf-2024.yaml", "triage.drl")) {
      Files.copy(
          installed.resolve("examples").resolve(example),
          bare.resolve("examples").resolve(example));
    }
    assertThat(run(bare, Map.of("CBCF_CDS", "off"), "--version").out()).startsWith("cbcf ");
    assertThat(bare.resolve("lib/cbcf.jsa")).doesNotExist();
  }

  @Test
  void theCompilerThreadRunsBelowCbcfsOwnAndTheJvmPrintsNoWarningAboutIt() throws Exception {
    Run flags = run(Map.of("CBCF_OPTS", "-XX:+PrintFlagsFinal"), "--version");

    assertThat(flags.out()).containsPattern("\\bThreadPriorityPolicy\\s+= 1\\b");
    assertThat(flags.out()).containsPattern("\\bCompilerThreadPriority\\s+= 5\\b");
    // A user who is not root would otherwise read that the policy may need permissions.
    assertThat(
            run(Map.of(), "review", installed.resolve("examples/cbcf-2024.yaml").toString()).err())
        .isEmpty();
  }

  @Test
  void aReviewOfOneRecordGeneratesNoClassForAReflectiveCall(@TempDir Path work) throws Exception {
    Path log = Files.createTempFile(work, "classes", ".log");

    run(
        Map.of("CBCF_OPTS", "-Xlog:class+load:file=" + log),
        "review",
        installed.resolve("examples/cbcf-2024.yaml").toString());

    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(lines).anyMatch(line -> line.contains("io.github.cbcf.rules.Reviewer"));
    assertThat(lines).noneMatch(line -> line.contains("GeneratedMethodAccessor"));
  }

  /** How many classes whose names start with {@code prefix} a run loads from the archive. */
  private static long sharedClasses(Path work, String prefix, String... args) throws Exception {
    Path log = Files.createTempFile(work, "classes", ".log");
    run(Map.of("CBCF_OPTS", "-Xlog:class+load:file=" + log), args);
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines
          .filter(
              line -> line.contains("] " + prefix) && line.endsWith("source: shared objects file"))
          .count();
    }
  }

  private static Path pdf(Path file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        stream.newLineAtOffset(50, 740);
        stream.showText(
            "The United States and Canada agreed to share information within each country's laws.");
        stream.endText();
      }
      document.save(file.toFile());
    }
    return file;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private record Run(String out, String err) {}

  private static Run run(Map<String, String> environment, String... args) throws Exception {
    return run(installed, environment, args);
  }

  /** Runs the launcher with this JVM's java, and checks that it succeeded. */
  private static Run run(Path home, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/cbcf").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("CBCF_OPTS");
    builder.environment().remove("CBCF_CDS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("cbcf-launcher", ".out");
    Path err = Files.createTempFile("cbcf-launcher", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      boolean finished = process.waitFor(180, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("bin/cbcf %s finished", List.of(args)).isTrue();
      Run run = new Run(Files.readString(out), Files.readString(err));
      assertThat(process.exitValue()).as("bin/cbcf %s: %s", List.of(args), run.err()).isZero();
      return run;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
