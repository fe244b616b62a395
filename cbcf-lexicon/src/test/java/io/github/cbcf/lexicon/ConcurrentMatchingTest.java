package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbcf.model.io.RecordReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One lexicon, shared by threads, gives each the same matches as a single thread gets. */
class ConcurrentMatchingTest {
  @Test
  void threadsSharingALexiconGetTheSameMatches() throws Exception {
    String text =
        RecordReader.create()
            .read(Path.of("..", "cbcf-examples", "records", "cbcf-2024.yaml"))
            .getSource()
            .getText();
    Lexicon english = Lexicon.builtIn("en");
    List<String> expected = describe(english.find(text, 0, text.length()));

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(threads.submit(() -> describe(english.find(text, 0, text.length()))));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(expected).hasSizeGreaterThan(30);
  }

  private static List<String> describe(List<LexiconMatch> matches) {
    return matches.stream()
        .map(m -> m.getCode() + "@" + m.getStart() + "-" + m.getEnd() + " " + m.getEntry())
        .toList();
  }
}
