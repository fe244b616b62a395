package io.github.cbcf.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A user's rule file: DRL ({@code .drl}) or a Drools decision table ({@code .drl.csv}, {@code
 * .drl.xlsx}), read from a file, a folder, the classpath or a string. A rule file is code that runs
 * with the program's rights: load only files you trust.
 */
public final class RuleSource {
  /** The kinds of rule file cbcf reads. */
  public enum Kind {
    /** Drools Rule Language. */
    DRL(".drl"),
    /** A decision table in CSV. */
    DECISION_TABLE_CSV(".drl.csv"),
    /** A decision table in an Excel workbook. */
    DECISION_TABLE_XLSX(".drl.xlsx");

    private final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    /**
     * @return the file name ending of this kind
     */
    public String getExtension() {
      return extension;
    }

    static Kind ofName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Kind kind : new Kind[] {DECISION_TABLE_CSV, DECISION_TABLE_XLSX, DRL}) {
        if (lower.endsWith(kind.extension)) {
          return kind;
        }
      }
      return null;
    }
  }

  private final String name;
  private final Kind kind;
  private final byte[] content;

  private RuleSource(String name, Kind kind, byte[] content) {
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.content = content.clone();
  }

  /**
   * Reads a rule file, or every rule file in a folder and its subfolders (in name order); other
   * files in a folder are left alone.
   *
   * @param path a file or folder
   * @return the sources found
   * @throws RuleSetException when the path does not exist, names a file of another kind, cannot be
   *     read, or is a folder with no rule files
   */
  public static List<RuleSource> fromPath(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(p -> Kind.ofName(p.toString()) != null)
                .sorted()
                .toList();
      } catch (IOException | java.io.UncheckedIOException e) {
        // Files.walk reports an unreadable subfolder as an UncheckedIOException.
        throw single(
            name,
            "the folder could not be read ("
                + (e.getCause() instanceof java.nio.file.AccessDeniedException
                    ? "permission denied: " + e.getCause().getMessage()
                    : e.getMessage())
                + "): check its permissions");
      }
      if (files.isEmpty()) {
        throw single(
            name,
            "the folder holds no rule files: add files ending in .drl, .drl.csv or .drl.xlsx");
      }
      List<RuleSource> sources = new ArrayList<>();
      files.forEach(file -> sources.add(file(file)));
      return sources;
    }
    return List.of(file(path));
  }

  private static RuleSource file(Path file) {
    String name = file.toString();
    Kind kind = Kind.ofName(name);
    if (kind == null) {
      throw single(
          name,
          "is not a rule file: name DRL files .drl and decision tables .drl.csv or .drl.xlsx");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // Checked before opening: reading a pipe or a device could block for ever.
      throw single(name, "is not a regular file (a folder, pipe or device?): give a rule file");
    }
    try {
      return new RuleSource(name, kind, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw single(name, "no such file: check the path");
    } catch (IOException e) {
      throw single(
          name,
          "could not be read ("
              + (e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : e.getClass().getSimpleName() + ": " + e.getMessage())
              + "): check that it is a readable file");
    }
  }

  /**
   * Reads a rule file from the classpath.
   *
   * @param resource the resource path, for example {@code com/example/house-rules.drl}
   * @return the source
   * @throws RuleSetException when there is no such resource
   */
  public static RuleSource classpath(String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    Kind kind = Kind.ofName(path);
    if (kind == null) {
      throw single(
          "classpath:" + path,
          "is not a rule file: name DRL files .drl and decision tables .drl.csv" + " or .drl.xlsx");
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader != null ? loader : RuleSource.class.getClassLoader()).getResourceAsStream(path)) {
      if (in == null) {
        throw single("classpath:" + path, "no such resource on the classpath: check the path");
      }
      return new RuleSource("classpath:" + path, kind, in.readAllBytes());
    } catch (IOException e) {
      throw single("classpath:" + path, "could not be read (" + e.getMessage() + ")");
    }
  }

  /**
   * A DRL file given as text, for rules generated by a program or kept in a database.
   *
   * @param name a name for messages, such as a file name
   * @param drl the rules
   * @return the source
   */
  public static RuleSource drl(String name, String drl) {
    return new RuleSource(name, Kind.DRL, drl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * @return the name used in messages
   */
  public String getName() {
    return name;
  }

  /**
   * @return what kind of rule file it is
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * @return a copy of the file's bytes
   */
  public byte[] getContent() {
    return content.clone();
  }

  private static RuleSetException single(String source, String message) {
    return new RuleSetException(List.of(RuleSetException.problem(source, 0, 0, null, message)));
  }

  @Override
  public String toString() {
    return name;
  }
}
