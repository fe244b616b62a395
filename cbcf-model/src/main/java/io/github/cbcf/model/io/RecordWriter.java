package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes records, or any other model value, as YAML or JSON. The output is deterministic: the same
 * value gives the same bytes every time, and reading it back with {@link RecordReader} gives an
 * equal value. Empty lists and absent optional fields are left out.
 */
public final class RecordWriter {
  private RecordWriter() {}

  /**
   * Writes a value as text.
   *
   * @param value a model value, such as a {@code ForumRecord}
   * @param format the format
   * @return the text, ending with a newline
   */
  public static String write(Object value, RecordFormat format) {
    try {
      String text = Mappers.writer(format).writeValueAsString(value);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value as JSON on a single line, as a line of a JSON Lines file holds it.
   *
   * @param value a model value, or a tree of them
   * @return the JSON, ending with a newline
   */
  public static String writeLine(Object value) {
    try {
      return Mappers.JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value to a file, in the format its extension names.
   *
   * @param value a model value
   * @param file the file; {@code .yaml}, {@code .yml} or {@code .json}
   * @throws IllegalArgumentException when the extension names no format
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Object value, Path file) {
    RecordFormat format =
        RecordFormat.ofFileName(file.toString())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        file + ": unknown file extension: name the file .yaml, .yml or .json"));
    try {
      Files.writeString(file, write(value, format), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": could not be written", e);
    }
  }
}
