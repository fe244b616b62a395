package io.github.cbcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache-dir} and {@code --no-cache}: compiled rule files kept between runs, or not. */
class RuleCacheOptionsTest {
  private static final String RULE =
      """
      package com.example.cli;

      import io.github.cbcf.rules.facts.Flag;
      import io.github.cbcf.rules.facts.OutcomeInContext;

      // Intent: a house rule on fentanyl, for the cache options.
      rule "House fentanyl rule"
        @id("HOUSE-CACHE-001")
        @severity("LOW")
        @rationale("May require review.")
      when
        $o : OutcomeInContext( hasSubject("crime.fentanyl") )
      then
        insert(Flag.raise($o));
      end
      """;

  private static long entries(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".kjar")).count();
    }
  }

  @Test
  void secondRunWithTheCacheGivesTheSameReport(@TempDir Path folder) throws IOException {
    Path rules = Files.writeString(folder.resolve("house.drl"), RULE, StandardCharsets.UTF_8);
    Path cache = folder.resolve("cache");
    String[] args = {
      "review",
      "--format",
      "json",
      "--rules",
      rules.toString(),
      "--cache-dir",
      cache.toString(),
      ReviewCommandTest.RECORD
    };

    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("HOUSE-CACHE-001");
    assertThat(entries(cache)).isEqualTo(1);
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void noCacheKeepsNothing(@TempDir Path folder) throws IOException {
    Path rules = Files.writeString(folder.resolve("house.drl"), RULE, StandardCharsets.UTF_8);
    Path cache = folder.resolve("cache");

    CliRun run =
        CliRun.of(
            "review",
            "--no-cache",
            "--cache-dir",
            cache.toString(),
            "--rules",
            rules.toString(),
            ReviewCommandTest.RECORD);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(entries(cache)).isZero();
  }

  @Test
  void defaultFolderFollowsXdgThenTheHomeFolder() {
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    if (os.startsWith("windows") || os.startsWith("mac")) {
      return;
    }
    assertThat(ReviewerOptions.defaultCacheFolder(Map.of("XDG_CACHE_HOME", "/var/cache/me")))
        .isEqualTo(Path.of("/var/cache/me", "cbcf"));
    assertThat(ReviewerOptions.defaultCacheFolder(Map.of("XDG_CACHE_HOME", "relative")))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "cbcf"));
    assertThat(ReviewerOptions.defaultCacheFolder(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "cbcf"));
  }
}
