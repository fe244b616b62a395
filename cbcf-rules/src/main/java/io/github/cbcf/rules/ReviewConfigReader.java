package io.github.cbcf.rules;

import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.ValueReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a reviewer's configuration file ({@link ReviewConfig}, YAML or JSON), reporting every
 * problem of the file at once with line, column and field. {@link Reviewer.Builder#configure(Path)}
 * reads with it and applies the result.
 *
 * <pre>{@code
 * ReviewConfig config = ReviewConfigReader.create().read(Path.of("review.yaml"));
 * }</pre>
 */
public final class ReviewConfigReader {
  private final ValueReader values;

  private ReviewConfigReader(ValueReader values) {
    this.values = values;
  }

  /**
   * @return a reader with the default size limit
   */
  public static ReviewConfigReader create() {
    return new ReviewConfigReader(ValueReader.create());
  }

  /**
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} configuration file
   * @return the configuration; rule paths in it are relative to the file
   * @throws InvalidRecordException listing every problem in the file
   */
  public ReviewConfig read(Path file) {
    return values.read(file, ReviewConfig.class);
  }

  /**
   * @param file a configuration file
   * @return the lexicon files it names, resolved against its folder, in file order
   * @throws InvalidRecordException listing every problem in the file
   */
  public List<Path> lexiconsOf(Path file) {
    Path base = file.toAbsolutePath().getParent();
    return read(file).getLexicons().stream().map(base::resolve).toList();
  }
}
