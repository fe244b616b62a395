package io.github.cbcf.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rewrites a sentence so that it keeps its meaning: replaces words by those of the rewrite table
 * (synonyms, voice, number), and may move its first clause to the end. Deterministic for a given
 * random source.
 */
final class SeedParaphrases {
  private static final String[] CLAUSE_JOINS = {", ", " while ", " and "};

  private record Rewrite(String original, List<String> alternatives) {}

  private final List<Rewrite> rewrites;

  private SeedParaphrases(List<Rewrite> rewrites) {
    this.rewrites = rewrites;
  }

  /**
   * @param language {@code en} or {@code fr}: reads {@code paraphrases-LANGUAGE.txt}
   */
  static SeedParaphrases read(String language) {
    List<Rewrite> rewrites = new ArrayList<>();
    try (InputStream in =
        SeedParaphrases.class.getResourceAsStream("paraphrases-" + language + ".txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] sides = line.split(" => ", 2);
        rewrites.add(
            new Rewrite(
                sides[0], Arrays.stream(sides[1].split(" \\| ")).map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SeedParaphrases(rewrites);
  }

  /**
   * @return how many rewrites the table holds
   */
  int size() {
    return rewrites.size();
  }

  /**
   * @return whether some rewrite of the table applies to the sentence
   */
  boolean applies(String sentence) {
    return rewrites.stream().anyMatch(rewrite -> sentence.contains(rewrite.original()));
  }

  /**
   * Rewrites each matching phrase with probability one half, then may move the first clause to the
   * end.
   */
  String rewrite(String sentence, SplittableRandom random) {
    String text = sentence;
    for (Rewrite rewrite : rewrites) {
      if (text.contains(rewrite.original()) && random.nextBoolean()) {
        String alternative =
            rewrite.alternatives().get(random.nextInt(rewrite.alternatives().size()));
        text = text.replace(rewrite.original(), alternative);
      }
    }
    if (random.nextInt(3) == 0) {
      text = reorder(text, CLAUSE_JOINS[random.nextInt(CLAUSE_JOINS.length)]);
    }
    return text;
  }

  private static String reorder(String text, String join) {
    String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    int at = body.indexOf(join);
    if (at <= 0) {
      return text;
    }
    return body.substring(at + join.length()) + join + body.substring(0, at) + ".";
  }
}
