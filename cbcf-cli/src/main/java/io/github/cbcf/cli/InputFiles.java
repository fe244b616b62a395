package io.github.cbcf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files a command was given: files as named, folders expanded to the files in them that fit, in
 * name order.
 */
final class InputFiles {
  private InputFiles() {}

  static boolean isRecordFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  static boolean isRuleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx");
  }

  /** Expands folders; a path that does not exist is kept, so that reading it reports it. */
  static List<Path> expand(List<Path> paths, Predicate<Path> fits) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(fits).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(path + ": the folder could not be read", e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Says, one line each, which folders among the paths hold no file that fits: nothing to review is
   * more often a mistyped path than an intent.
   *
   * @param what what the folder should hold, for the message ("record file (.yaml, .yml, .json)")
   * @return whether any folder was empty
   */
  static boolean refuseEmptyFolders(
      List<Path> paths, Predicate<Path> fits, String what, PrintWriter err) {
    boolean refused = false;
    for (Path path : paths) {
      if (Files.isDirectory(path) && expand(List.of(path), fits).isEmpty()) {
        err.println(
            path
                + ": the folder holds no "
                + what
                + "; check the path, or give --allow-empty to accept it");
        refused = true;
      }
    }
    return refused;
  }
}
