package io.github.cbcf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;

/**
 * The file a command's {@code -o} names. It is written whole or not at all: the content goes to a
 * temporary file in the same folder, which is moved into place only once complete, so an
 * interrupted or failed run leaves the old file as it was. It may never be one of the command's
 * inputs.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * @param target the file {@code -o} names
   * @param inputs every file and folder the command reads
   * @return why the target may not be written, on one line, or empty when it may
   */
  static Optional<String> refusal(Path target, Collection<Path> inputs) {
    if (Files.isDirectory(target)) {
      return Optional.of(target + ": is a folder; give -o a file name");
    }
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return Optional.of(
          target + ": its folder does not exist; create it first, or give -o another path");
    }
    for (Path input : inputs) {
      if (same(target, input)) {
        return Optional.of(
            target + ": is an input of this run and is kept; give -o another file name");
      }
    }
    return Optional.empty();
  }

  private static boolean same(Path target, Path input) {
    Path a = target.toAbsolutePath().normalize();
    Path b = input.toAbsolutePath().normalize();
    if (a.equals(b)) {
      return true;
    }
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Writes the content to a temporary file beside the target, then moves it into place.
   *
   * @param target the file to write
   * @param content the whole content
   * @param what what is written, for the error message ("the report")
   * @throws UncheckedIOException naming the file when it cannot be written; the old file, if any,
   *     is then unchanged
   */
  static void write(Path target, String content, String what) {
    Path temporary = null;
    try {
      temporary = temporaryBeside(target);
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      moveIntoPlace(temporary, target);
    } catch (IOException e) {
      throw new UncheckedIOException(
          target + ": " + what + " could not be written (" + e + "); the old file is unchanged", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The move succeeded or the write failed; either way there is nothing more to do.
        }
      }
    }
  }

  /** A new empty file in the target's folder, hidden by its leading dot, to write before moving. */
  static Path temporaryBeside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
  }

  /** Moves a finished temporary file over the target, atomically where the file system can. */
  static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary,
          target.toAbsolutePath(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
