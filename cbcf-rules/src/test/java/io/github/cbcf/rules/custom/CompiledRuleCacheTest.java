package io.github.cbcf.rules.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.rules.ExampleRecords;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.Reviewer;
import io.github.cbcf.rules.RuleDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled user rules kept on disk: a second build with the same files loads them and reviews
 * alike; a changed file, or a damaged entry, is compiled again and never used.
 */
class CompiledRuleCacheTest {
  private static final String RULE =
      """
      package com.example.cache;

      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      // Intent: flag every outcome on fentanyl, to see whether a cached rule still fires.
      rule "Cached fentanyl rule"
        @id("CACHE-%s")
        @severity("LOW")
        @rationale("May require review.")
      when
        $o : OutcomeInContext( hasSubject("crime.fentanyl") )
      then
        insert(Flag.raise($o));
      end
      """;

  private static Path ruleFile(Path folder, String id) throws IOException {
    return Files.writeString(
        folder.resolve("house.drl"), RULE.formatted(id), StandardCharsets.UTF_8);
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.toString().endsWith(".kjar")).sorted().toList();
    }
  }

  private static Reviewer cached(Path rules, Path cache) {
    return Reviewer.builder().addRules(rules).cacheCompiledRules(cache).build();
  }

  @Test
  void secondBuildLoadsTheEntryAndReviewsAsTheFirst(@TempDir Path folder) throws IOException {
    Path rules = ruleFile(folder, "001");
    Path cache = folder.resolve("cache");

    Reviewer compiled = cached(rules, cache);
    List<Path> written = entries(cache);
    assertThat(written).hasSize(1);
    FileTime stored = Files.getLastModifiedTime(written.get(0));
    Reviewer loaded = cached(rules, cache);

    // Loaded, not rebuilt: the entry was not written again.
    assertThat(entries(cache)).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(written.get(0))).isEqualTo(stored);
    ReviewReport expected =
        Reviewer.builder().addRules(rules).build().review(ExampleRecords.cbcf2024());
    assertThat(expected.getFindings()).anyMatch(f -> f.getRuleId().equals("CACHE-001"));
    assertThat(loaded.review(ExampleRecords.cbcf2024())).isEqualTo(expected);
    assertThat(compiled.review(ExampleRecords.cbcf2024())).isEqualTo(expected);
    assertThat(loaded.getRules()).isEqualTo(compiled.getRules());
    assertThat(loaded.findRule("CACHE-001").map(RuleDescription::getFile))
        .isEqualTo(compiled.findRule("CACHE-001").map(RuleDescription::getFile));
  }

  @Test
  void changedRuleFileGetsAnEntryOfItsOwn(@TempDir Path folder) throws IOException {
    Path cache = folder.resolve("cache");
    cached(ruleFile(folder, "001"), cache);

    Reviewer changed = cached(ruleFile(folder, "002"), cache);

    assertThat(entries(cache)).hasSize(2);
    assertThat(changed.findRule("CACHE-002")).isPresent();
    assertThat(changed.findRule("CACHE-001")).isEmpty();
  }

  @Test
  void damagedEntriesAreIgnoredAndRebuilt(@TempDir Path folder) throws IOException {
    Path rules = ruleFile(folder, "001");
    Path cache = folder.resolve("cache");
    ReviewReport expected = cached(rules, cache).review(ExampleRecords.cbcf2024());
    Path entry = entries(cache).get(0);
    byte[] whole = Files.readAllBytes(entry);

    byte[] flipped = whole.clone();
    flipped[flipped.length - 100] ^= 0x5a;
    List<byte[]> damaged =
        List.of(
            flipped,
            java.util.Arrays.copyOf(whole, whole.length / 2),
            new byte[0],
            "not a cache entry".getBytes(StandardCharsets.UTF_8));
    for (byte[] bytes : damaged) {
      Files.write(entry, bytes);

      ReviewReport report = cached(rules, cache).review(ExampleRecords.cbcf2024());

      assertThat(report).isEqualTo(expected);
      // Rebuilt and stored again, whole (a new build's KJAR differs in its time stamps).
      byte[] rebuilt = Files.readAllBytes(entry);
      assertThat(rebuilt).isNotEqualTo(bytes);
      assertThat(new String(rebuilt, 0, 22, StandardCharsets.US_ASCII))
          .isEqualTo("cbcf-compiled-rules 1\n");
      assertThat(rebuilt.length).isGreaterThan(whole.length / 2);
    }
  }

  @Test
  void unwritableCacheFolderOnlyMeansCompiling(@TempDir Path folder) throws IOException {
    Path rules = ruleFile(folder, "001");
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");

    Reviewer reviewer = cached(rules, notAFolder.resolve("cache"));

    assertThat(reviewer.findRule("CACHE-001")).isPresent();
  }
}
