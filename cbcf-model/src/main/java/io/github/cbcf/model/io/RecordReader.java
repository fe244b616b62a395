package io.github.cbcf.model.io;

import io.github.cbcf.model.ForumRecord;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads records from YAML or JSON. Every problem in a file is reported together in one {@link
 * InvalidRecordException}, each with file, line, column, field path and what to do; a file that
 * reads without problems gives a record whose invariants all hold. Files over {@link
 * #DEFAULT_MAX_BYTES} are refused unless the limit is raised.
 *
 * <pre>{@code
 * ForumRecord record = RecordReader.create().read(Path.of("cbcf-2024.yaml"));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads. Other value types are read with
 * {@link ValueReader}.
 */
public final class RecordReader {
  /**
   * The default limit on a file's size: far above any real statement, low enough to refuse a
   * hostile file.
   */
  public static final long DEFAULT_MAX_BYTES = ValueReader.DEFAULT_MAX_BYTES;

  private final ValueReader values;

  private RecordReader(ValueReader values) {
    this.values = values;
  }

  /**
   * @return a reader with the default limits
   */
  public static RecordReader create() {
    return new RecordReader(ValueReader.named("RecordReader", DEFAULT_MAX_BYTES));
  }

  /**
   * Returns a reader that refuses larger files.
   *
   * @param limit the largest file, in bytes, this reader accepts
   * @return a reader with that limit
   */
  public RecordReader withMaxBytes(long limit) {
    return new RecordReader(values.withMaxBytes(limit));
  }

  /**
   * Reads a record file; the format comes from the extension ({@code .yaml}, {@code .yml} or {@code
   * .json}).
   *
   * @param file the file
   * @return the record
   * @throws InvalidRecordException listing every problem in the file
   */
  public ForumRecord read(Path file) {
    return values.read(file, ForumRecord.class);
  }

  /**
   * Reads a record from a stream, which is read to its end but not closed.
   *
   * @param in the stream, UTF-8
   * @param sourceName the name to use in problems, such as a file name
   * @param format the format of the content
   * @return the record
   * @throws InvalidRecordException listing every problem in the content
   */
  public ForumRecord read(InputStream in, String sourceName, RecordFormat format) {
    return values.read(in, sourceName, format, ForumRecord.class);
  }

  /**
   * Reads a record from a string.
   *
   * @param content the YAML or JSON text
   * @param sourceName the name to use in problems
   * @param format the format of the content
   * @return the record
   * @throws InvalidRecordException listing every problem in the content
   */
  public ForumRecord read(String content, String sourceName, RecordFormat format) {
    return values.read(content, sourceName, format, ForumRecord.class);
  }
}
