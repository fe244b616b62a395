package io.github.cbcf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The files a command was given: files as named, folders expanded to the files in them that fit, in
 * name order. A subfolder that cannot be read is reported in one line and skipped, so the others
 * are still read; the command then exits with 2.
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

  /**
   * Expands folders; a path that does not exist is kept, so that reading it reports it.
   *
   * @throws UncheckedIOException with a one-line message when a folder cannot be read
   */
  static List<Path> expand(List<Path> paths, Predicate<Path> fits) {
    return expand(
        paths,
        fits,
        unreadable -> {
          throw new UncheckedIOException(unreadable, new IOException(unreadable));
        });
  }

  /**
   * Expands folders; a path that does not exist is kept, so that reading it reports it.
   *
   * @param unreadable told, in one line, of each folder that could not be read and was skipped
   */
  static List<Path> expand(List<Path> paths, Predicate<Path> fits, Consumer<String> unreadable) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        FolderVisitor visitor = new FolderVisitor(fits, unreadable);
        try {
          Files.walkFileTree(path, visitor);
        } catch (IOException e) {
          unreadable.accept(path + ": the folder could not be read (" + reason(e) + ")");
        }
        visitor.found.stream().sorted().forEach(files::add);
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

  /** Collects the files that fit; reports each file or folder it cannot read, and goes on. */
  static final class FolderVisitor extends SimpleFileVisitor<Path> {
    private final Predicate<Path> fits;
    private final Consumer<String> unreadable;
    final List<Path> found = new ArrayList<>();

    FolderVisitor(Predicate<Path> fits, Consumer<String> unreadable) {
      this.fits = fits;
      this.unreadable = unreadable;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      // Pipes and devices are left alone: opening one could block for ever.
      if (attributes.isRegularFile() && fits.test(file)) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException failure) {
      unreadable.accept(
          file + ": could not be read (" + reason(failure) + "); skipped: check its permissions");
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path folder, IOException failure) {
      if (failure != null) {
        visitFileFailed(folder, failure);
      }
      return FileVisitResult.CONTINUE;
    }
  }

  /** Why a file could not be read, in a few words. */
  static String reason(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
