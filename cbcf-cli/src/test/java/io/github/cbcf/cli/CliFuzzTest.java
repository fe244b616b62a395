package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of the bundled record and of a rule file, each run through the program in-process.
 * For every mutant: exit 0, 1 or 2; each line on standard error is one bounded error with a place
 * (the file it is about), free of control characters and stack traces; no hang; with exit 0 or 1
 * the {@code -o} report is complete, and with exit 2 it is either not written or says which input
 * could not be reviewed.
 *
 * <p>Replay: a failure prints the mutant's seed; run {@code -Dcbcf.fuzz.mutant=SEED} with this test
 * to run that mutant alone. {@code -Dcbcf.fuzz.seed}, {@code -Dcbcf.fuzz.records} and {@code
 * -Dcbcf.fuzz.rules} change the base seed and the number of mutants. Rule mutants are fewer because
 * each one that parses is compiled (about a second apiece).
 */
class CliFuzzTest {
  private static final long BASE_SEED = Long.getLong("cbcf.fuzz.seed", 0x5EED2026L);
  private static final int RECORD_MUTANTS = Integer.getInteger("cbcf.fuzz.records", 3000);
  private static final int RULE_MUTANTS = Integer.getInteger("cbcf.fuzz.rules", 20);
  private static final Long ONLY = Long.getLong("cbcf.fuzz.mutant");

  /** No error line may be longer: values in messages are cut at 200 characters. */
  private static final int MAX_LINE = 2100;

  private static final Duration HANG = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RECORD = Path.of(ReviewCommandTest.RECORD);
  private static final Path RULES =
      Path.of("../cbcf-rules/src/test/resources/custom/house/house-rules.drl");

  /** Values that broke readers before, or might. */
  private static final String[] HOSTILE = {
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    "- ",
    "\"",
    "'",
    "&a ",
    "*a",
    "!!java.lang.Object ",
    "!!binary ",
    "1e2147483648",
    "-99999999999999999999999999",
    "0x7fffffff",
    "\t",
    "\u0000",
    "\u001b[2J",
    "\r",
    "\n",
    "\n  ",
    "\uFEFF",
    "\uD800",
    "null",
    "~",
    "<<: *x",
    "%YAML 1.1\n",
    "---\n",
    "\u202Eevil",
    "${jndi:ldap://x}",
    "<!DOCTYPE x>",
    "then",
    "end",
    "when",
    "rule ",
    "(",
    ")",
    "@id(\"",
    "insert(",
    "kcontext",
    ";",
    "//",
    "/*",
    "\"\"\"",
    "\\u0000",
    "é",
    "😀"
  };

  @TempDir Path folder;

  private static long mutantSeed(int index) {
    return BASE_SEED + index * 0x9E3779B97F4A7C15L;
  }

  private static List<Long> seeds(int count) {
    List<Long> seeds = new ArrayList<>();
    if (ONLY != null) {
      seeds.add(ONLY);
    } else {
      for (int i = 0; i < count; i++) {
        seeds.add(mutantSeed(i));
      }
    }
    return seeds;
  }

  /** One to three edits: bytes, tokens, lines, a truncation, a long value or deep nesting. */
  static byte[] mutate(byte[] original, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = original;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int at = random.nextInt(Math.max(1, text.length()));
      switch (random.nextInt(9)) {
        case 0 -> {
          bytes = bytes.clone();
          if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
        }
        case 1 ->
            bytes =
                utf8(
                    text.substring(0, at)
                        + HOSTILE[random.nextInt(HOSTILE.length)]
                        + text.substring(at));
        case 2 -> bytes = utf8(editLines(text, random));
        case 3 -> bytes = utf8(text.substring(0, at));
        case 4 -> {
          String value = "x".repeat(1 + random.nextInt(1 << 16));
          bytes = utf8(text.substring(0, at) + value + text.substring(at));
        }
        case 5 -> {
          int depth = 1 + random.nextInt(2_000);
          bytes = utf8(text.substring(0, at) + "[".repeat(depth) + text.substring(at));
        }
        case 6 -> {
          // A value replaced: after the first ": " on a line from here.
          int colon = text.indexOf(": ", at);
          if (colon >= 0) {
            int end = text.indexOf('\n', colon);
            bytes =
                utf8(
                    text.substring(0, colon + 2)
                        + HOSTILE[random.nextInt(HOSTILE.length)]
                        + (end < 0 ? "" : text.substring(end)));
          }
        }
        case 7 -> {
          byte[] cut = new byte[bytes.length + 1];
          int i = random.nextInt(bytes.length + 1);
          System.arraycopy(bytes, 0, cut, 0, i);
          cut[i] = (byte) (0x80 + random.nextInt(0x80)); // a stray byte that is not UTF-8
          System.arraycopy(bytes, i, cut, i + 1, bytes.length - i);
          bytes = cut;
        }
        default -> {
          // A long key.
          String key = "k".repeat(1 + random.nextInt(1 << 16));
          int line = text.lastIndexOf('\n', at) + 1;
          bytes = utf8(text.substring(0, line) + key + ": 1\n" + text.substring(line));
        }
      }
    }
    return bytes;
  }

  private static String editLines(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    int j = random.nextInt(lines.size());
    switch (random.nextInt(4)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, lines.get(j));
      case 2 -> {
        String swapped = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, swapped);
      }
      default -> lines.set(i, " ".repeat(random.nextInt(6)) + lines.get(i).stripLeading());
    }
    return String.join("\n", lines);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void recordMutantsNeverCrashHangOrMislead() throws IOException {
    byte[] original = Files.readAllBytes(RECORD);
    List<String> failures = new ArrayList<>();
    for (long seed : seeds(RECORD_MUTANTS)) {
      Path mutant = folder.resolve("mutant-" + Long.toHexString(seed) + ".yaml");
      Files.write(mutant, mutate(original, seed));
      Path out = folder.resolve("report-" + Long.toHexString(seed) + ".json");
      boolean review = new SplittableRandom(~seed).nextInt(5) == 0;
      String[] args =
          review
              ? new String[] {
                "review",
                "--format",
                "json",
                "--fail-on",
                "medium",
                "-o",
                out.toString(),
                mutant.toString()
              }
              : new String[] {"validate", mutant.toString()};
      check(seed, args, List.of(mutant.toString()), review ? out : null, failures);
      Files.deleteIfExists(mutant);
      Files.deleteIfExists(out);
    }
    assertThat(failures).as("replay one with -Dcbcf.fuzz.mutant=SEED").isEmpty();
  }

  @Test
  void ruleFileMutantsNeverCrashHangOrMislead() throws IOException {
    byte[] original = Files.readAllBytes(RULES);
    List<String> failures = new ArrayList<>();
    for (long seed : seeds(RULE_MUTANTS)) {
      Path mutant = folder.resolve("mutant-" + Long.toHexString(seed) + ".drl");
      Files.write(mutant, mutate(original, seed));
      Path out = folder.resolve("report-" + Long.toHexString(seed) + ".json");
      String[] args = {
        "review",
        "--format",
        "json",
        "--time-limit",
        "20s",
        "--rules",
        mutant.toString(),
        "-o",
        out.toString(),
        RECORD.toString()
      };
      check(seed, args, List.of(mutant.toString(), RECORD.toString()), out, failures);
      Files.deleteIfExists(mutant);
      Files.deleteIfExists(out);
    }
    assertThat(failures).as("replay one with -Dcbcf.fuzz.mutant=SEED").isEmpty();
  }

  private static void check(
      long seed, String[] args, List<String> places, Path out, List<String> failures) {
    String replay = "mutant " + Long.toHexString(seed) + " (-Dcbcf.fuzz.mutant=" + seed + ")";
    CliRun run;
    try {
      run = assertTimeoutPreemptively(HANG, () -> CliRun.of(args), replay + " hung");
    } catch (AssertionError | RuntimeException e) {
      failures.add(replay + ": " + e);
      return;
    }
    List<String> problems = new ArrayList<>();
    if (run.exitCode() < 0 || run.exitCode() > 2) {
      problems.add("exit " + run.exitCode());
    }
    if (run.exitCode() == ExitCodes.BAD_INPUT && run.err().isBlank()) {
      problems.add("exit 2 with nothing on standard error");
    }
    for (String line : run.err().split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String place = line.startsWith("warning: ") ? line.substring("warning: ".length()) : line;
      if (places.stream().noneMatch(place::startsWith)
          && (out == null || !place.startsWith(out.toString()))) {
        problems.add("a line with no place: " + cut(line));
      }
      if (line.length() > MAX_LINE) {
        problems.add("a line of " + line.length() + " characters: " + cut(line));
      }
      if (line.chars().anyMatch(c -> c < 0x20 && c != '\r' || c == 0x7f)) {
        problems.add("a control character in: " + cut(line));
      }
      if (line.startsWith("\tat ") || line.startsWith("Caused by: ")) {
        problems.add("a stack trace: " + cut(line));
      }
    }
    if (out != null && run.exitCode() == ExitCodes.BAD_INPUT && Files.exists(out)) {
      try {
        if (JSON.readTree(Files.readAllBytes(out)).path("failures").isEmpty()) {
          problems.add("exit 2, yet -o holds a report that names no input it could not review");
        }
      } catch (IOException e) {
        problems.add("exit 2 and an incomplete report: " + e.getMessage());
      }
    }
    if (out != null && run.exitCode() != ExitCodes.BAD_INPUT) {
      try {
        JsonNode report = JSON.readTree(Files.readAllBytes(out));
        if (report.path("records").size() != 1) {
          problems.add("a report without its record");
        }
      } catch (IOException e) {
        problems.add("an incomplete report: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      failures.add(replay + ", exit " + run.exitCode() + ": " + String.join("; ", problems));
    }
  }

  private static String cut(String line) {
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
