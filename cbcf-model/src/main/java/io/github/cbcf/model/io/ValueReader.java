package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads any of cbcf's value types (a record, a review configuration, a scenario) from YAML or JSON,
 * checking the file's shape against the type. Every problem in a file is reported together in one
 * {@link InvalidRecordException}, each with file, line, column, field path and what to do; a file
 * that reads without problems gives a value whose invariants all hold. {@link RecordReader} and the
 * configuration and scenario readers are built on it.
 *
 * <pre>{@code
 * ReviewConfig config = ValueReader.create().read(Path.of("review.yaml"), ReviewConfig.class);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ValueReader {
  /**
   * The default limit on a file's size: far above any real statement, low enough to refuse a
   * hostile file.
   */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  private final long maxBytes;

  /** The reader the user holds, named in the advice to raise the limit. */
  private final String userFacingName;

  private ValueReader(long maxBytes, String userFacingName) {
    this.maxBytes = maxBytes;
    this.userFacingName = userFacingName;
  }

  /** A reader that, in its messages, names the reader class the user called. */
  static ValueReader named(String userFacingName, long maxBytes) {
    return new ValueReader(maxBytes, userFacingName);
  }

  /**
   * @return a reader with the default size limit
   */
  public static ValueReader create() {
    return new ValueReader(DEFAULT_MAX_BYTES, "ValueReader");
  }

  /**
   * Returns a reader that refuses larger files.
   *
   * @param limit the largest file, in bytes, this reader accepts
   * @return a reader with that limit
   */
  public ValueReader withMaxBytes(long limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("the size limit must be positive, got " + limit);
    }
    return new ValueReader(limit, userFacingName);
  }

  /**
   * Reads a file holding a model value of the given type.
   *
   * @param file the file
   * @param type the model type, for example {@code ForumRecord.class}
   * @param <T> the model type
   * @return the value
   * @throws InvalidRecordException listing every problem in the file
   */
  public <T> T read(Path file, Class<T> type) {
    String name = file.toString();
    RecordFormat format =
        RecordFormat.ofFileName(name)
            .orElseThrow(
                () -> single(name, "unknown file extension: name the file .yaml, .yml or .json"));
    // Checked before opening: a FIFO or device would block the read, and a huge file need not be
    // parsed to be refused.
    if (Files.isDirectory(file)) {
      throw single(name, "is a folder, not a record file: give a .yaml, .yml or .json file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw single(
          name, "is not a regular file (a pipe or device?): give a .yaml, .yml or .json file");
    }
    try {
      if (Files.exists(file) && Files.size(file) > maxBytes) {
        throw single(
            name,
            "is larger than "
                + maxBytes
                + " bytes, the limit for a record file:"
                + " split it, or raise the limit with "
                + userFacingName
                + ".withMaxBytes if the file is trusted");
      }
    } catch (IOException e) {
      throw single(
          name,
          "could not be read ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "): check that it is a readable file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, format, type);
    } catch (NoSuchFileException e) {
      throw single(name, "no such file: check the path");
    } catch (java.nio.file.AccessDeniedException e) {
      throw single(name, "could not be read (permission denied): check the file's permissions");
    } catch (IOException e) {
      throw single(
          name,
          "could not be read ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "): check that it is a readable file");
    }
  }

  /**
   * Reads a model value from a stream, which is read to its end but not closed.
   *
   * @param in the stream, UTF-8
   * @param sourceName the name to use in problems
   * @param format the format of the content
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws InvalidRecordException listing every problem in the content
   */
  public <T> T read(InputStream in, String sourceName, RecordFormat format, Class<T> type) {
    byte[] bytes;
    try {
      // One byte past the limit, to tell an over-long file; capped first, so a limit of
      // Long.MAX_VALUE cannot overflow.
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 9L, maxBytes) + 1);
    } catch (IOException e) {
      throw single(sourceName, "could not be read: " + e.getMessage());
    }
    if (bytes.length > maxBytes) {
      throw single(
          sourceName,
          "is larger than "
              + maxBytes
              + " bytes, the limit for a record file:"
              + " split it, or raise the limit with "
              + userFacingName
              + ".withMaxBytes if the file is trusted");
    }
    try {
      String content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // A UTF-8 byte-order mark is an encoding artefact, not content: the JSON parser would reject
      // it.
      if (content.startsWith("\uFEFF")) {
        content = content.substring(1);
      }
      return read(content, sourceName, format, type);
    } catch (CharacterCodingException e) {
      throw notUtf8(sourceName, bytes);
    }
  }

  /**
   * Reads a model value from a string.
   *
   * @param content the YAML or JSON text
   * @param sourceName the name to use in problems
   * @param format the format of the content
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws InvalidRecordException listing every problem in the content
   */
  public <T> T read(String content, String sourceName, RecordFormat format, Class<T> type) {
    Objects.requireNonNull(content, "content");
    if (!ValueSchema.isValueType(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a model value type");
    }
    if (content.length() > maxBytes) {
      throw single(
          sourceName,
          "is larger than "
              + maxBytes
              + " characters, the limit for a record file:"
              + " split it, or raise the limit with "
              + userFacingName
              + ".withMaxBytes if the file is trusted");
    }
    Problems problems = new Problems(sourceName);
    LocatedTree tree = TreeParser.parse(content, format, problems);
    if (tree == null) {
      problems.throwIfAny();
    }
    ValueSchema schema = new ValueSchema(tree, problems, Mappers.mapper(format));
    schema.checkShape(type, tree.root(), "");
    problems.throwIfAny();
    Object value = schema.buildWhole(type, tree.root());
    problems.throwIfAny();
    return type.cast(value);
  }

  /** Names the line, column and byte offset of the first byte that is not UTF-8. */
  private static InvalidRecordException notUtf8(String source, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isOverflow()) {
        out.clear();
      } else {
        break;
      }
    }
    int offset = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    Problems problems = new Problems(source);
    problems.add(
        new JsonLocation(ContentReference.unknown(), offset, line, offset - lineStart + 1),
        "",
        String.format(
            "is not valid UTF-8: byte 0x%02X at offset %d (column counted in bytes); save the file"
                + " as UTF-8",
            bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset));
    try {
      problems.throwIfAny();
    } catch (InvalidRecordException e) {
      return e;
    }
    throw new AssertionError("a problem was just added");
  }

  private static InvalidRecordException single(String source, String message) {
    Problems problems = new Problems(source);
    problems.add(null, "", message);
    try {
      problems.throwIfAny();
    } catch (InvalidRecordException e) {
      return e;
    }
    throw new AssertionError("a problem was just added");
  }
}
