package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.io.RecordReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded paraphrases of the seed's outcome sentences (synonyms, active and passive voice, reordered
 * clauses, plural and singular), in English and in French, find the same subjects and qualifiers as
 * the original. A failure names its seed; replay it with {@code -Dcbcf.paraphrase.seed=SEED
 * -Dcbcf.paraphrase.tries=1}. More tries: {@code -Dcbcf.paraphrase.tries=5000}.
 */
class ParaphraseStabilityTest {
  private static final long BASE_SEED = Long.getLong("cbcf.paraphrase.seed", 20240701L);
  private static final int TRIES = Integer.getInteger("cbcf.paraphrase.tries", 300);
  private static final Lexicon ENGLISH = Lexicon.builtIn("en");
  private static final SeedParaphrases PARAPHRASES = SeedParaphrases.read("en");
  private static final List<String> SENTENCES = sentences();
  private static final Lexicon FRENCH = Lexicon.builtIn("fr");
  private static final SeedParaphrases FRENCH_PARAPHRASES = SeedParaphrases.read("fr");
  private static final List<String> FRENCH_SENTENCES = frenchSentences();

  static LongStream seeds() {
    return LongStream.range(0, TRIES).map(i -> BASE_SEED + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aParaphraseFindsTheSameCodes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String original = SENTENCES.get(random.nextInt(SENTENCES.size()));
    String paraphrase = PARAPHRASES.rewrite(original, random);

    assertThat(codes(ENGLISH, paraphrase))
        .as("codes of \"%s\", a paraphrase of \"%s\"", paraphrase, original)
        .isEqualTo(codes(ENGLISH, original));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aFrenchParaphraseFindsTheSameCodes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String original = FRENCH_SENTENCES.get(random.nextInt(FRENCH_SENTENCES.size()));
    String paraphrase = FRENCH_PARAPHRASES.rewrite(original, random);

    assertThat(codes(FRENCH, paraphrase))
        .as("codes of \"%s\", a paraphrase of \"%s\"", paraphrase, original)
        .isEqualTo(codes(FRENCH, original));
  }

  @Test
  void theGeneratorRewritesMostSentencesItDraws() {
    assertThat(PARAPHRASES.size()).isGreaterThan(20);
    assertThat(FRENCH_PARAPHRASES.size()).isGreaterThan(15);
    assertThat(changed(PARAPHRASES, SENTENCES))
        .as("English paraphrases that differ")
        .isGreaterThan(TRIES / 2);
    assertThat(changed(FRENCH_PARAPHRASES, FRENCH_SENTENCES))
        .as("French paraphrases that differ")
        .isGreaterThan(TRIES / 2);
  }

  private static long changed(SeedParaphrases paraphrases, List<String> sentences) {
    return seeds()
        .filter(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              String original = sentences.get(random.nextInt(sentences.size()));
              return !paraphrases.rewrite(original, random).equals(original);
            })
        .count();
  }

  private static Set<String> codes(Lexicon lexicon, String sentence) {
    return lexicon.find(sentence, 0, sentence.length()).stream()
        .map(LexiconMatch::getCode)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The seed's outcome sentences that the rewrite table can change. */
  private static List<String> sentences() {
    ForumRecord record =
        RecordReader.create().read(Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml"));
    List<String> sentences =
        record.getOutcomes().stream().map(Outcome::getText).filter(PARAPHRASES::applies).toList();
    assertThat(sentences).hasSizeGreaterThan(20);
    return sentences;
  }

  /**
   * The French versions of the seed's sentences, written for the bilingual test, that the table can
   * change.
   */
  private static List<String> frenchSentences() {
    try (java.io.InputStream in =
        ParaphraseStabilityTest.class.getResourceAsStream("bilingual-pairs.txt")) {
      List<String> sentences =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(line -> line.startsWith("fr: "))
              .map(line -> line.substring(4).strip())
              .filter(FRENCH_PARAPHRASES::applies)
              .toList();
      assertThat(sentences).hasSizeGreaterThan(10);
      return sentences;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
