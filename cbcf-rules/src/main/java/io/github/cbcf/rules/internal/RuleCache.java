package io.github.cbcf.rules.internal;

import io.github.cbcf.rules.RuleSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * Compiled user rules kept on disk: the KJAR that Drools' executable-model build produces (the
 * generated classes and the model's index), so that a later run with the same rule files loads it
 * instead of generating and compiling Java again.
 *
 * <p>An entry is named by a hash of everything that shapes it: the content, name and kind of each
 * rule file, cbcf's version and the jar its classes came from, the Drools compiler's jar, and the
 * Java version. It starts with a header that repeats that key and holds a hash of the KJAR, so an
 * entry that is truncated, altered, or made for anything else is ignored and rebuilt, never used.
 * The cache only ever saves time: when it cannot be read or written, rules are compiled as without
 * it.
 */
public final class RuleCache {
  private static final String MAGIC = "cbcf-compiled-rules 1";
  private static final RuleCache NONE = new RuleCache(null);

  private final Path folder;

  private RuleCache(Path folder) {
    this.folder = folder;
  }

  /**
   * @param folder where entries are kept; created when first written
   * @return a cache there
   */
  public static RuleCache in(Path folder) {
    return new RuleCache(folder);
  }

  /**
   * @return a cache that keeps nothing
   */
  public static RuleCache none() {
    return NONE;
  }

  /**
   * @param sources the rule files
   * @return the key of their compiled form under this program, in hex
   */
  static String key(List<RuleSource> sources) {
    MessageDigest digest = sha256();
    update(digest, MAGIC);
    update(digest, BuiltInRules.version());
    update(digest, identityOf(RuleCache.class.getProtectionDomain().getCodeSource()));
    update(digest, identityOf(ExecutableModelProject.class.getProtectionDomain().getCodeSource()));
    update(digest, System.getProperty("java.version"));
    update(digest, String.valueOf(sources.size()));
    for (RuleSource source : sources) {
      update(digest, source.getName());
      update(digest, source.getKind().name());
      byte[] content = source.getContent();
      digest.update(ByteBuffer.allocate(8).putLong(content.length).array());
      digest.update(content);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * @param key a key from {@link #key}
   * @return the KJAR kept under it, if there is one that is whole and made for this key
   */
  Optional<byte[]> load(String key) {
    if (folder == null) {
      return Optional.empty();
    }
    Path entry = folder.resolve(key + ".kjar");
    try {
      if (!Files.isRegularFile(entry)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(entry);
      String header = MAGIC + "\n" + key + "\n";
      byte[] expected = header.getBytes(StandardCharsets.US_ASCII);
      int hashLength = 32;
      if (bytes.length < expected.length + hashLength
          || !Arrays.equals(bytes, 0, expected.length, expected, 0, expected.length)) {
        return Optional.empty();
      }
      byte[] hash = Arrays.copyOfRange(bytes, expected.length, expected.length + hashLength);
      byte[] kjar = Arrays.copyOfRange(bytes, expected.length + hashLength, bytes.length);
      return Arrays.equals(hash, sha256().digest(kjar)) ? Optional.of(kjar) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Keeps a KJAR under a key; written to a temporary file and moved into place, so a reader never
   * sees half an entry. Failing to write only costs the next run a compile.
   *
   * @param key a key from {@link #key}
   * @param kjar the KJAR's bytes
   */
  void store(String key, byte[] kjar) {
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, key, ".tmp");
      try {
        byte[] header = (MAGIC + "\n" + key + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer entry = ByteBuffer.allocate(header.length + 32 + kjar.length);
        entry.put(header).put(sha256().digest(kjar)).put(kjar);
        Files.write(temporary, entry.array());
        Path target = folder.resolve(key + ".kjar");
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // The cache is an optimisation: the rules were compiled and are used all the same.
    }
  }

  /** Where a class came from: the jar or folder, its size and time, so a rebuilt jar differs. */
  private static String identityOf(CodeSource source) {
    if (source == null || source.getLocation() == null) {
      return "unknown";
    }
    String location = source.getLocation().toString();
    try {
      Path path = Path.of(source.getLocation().toURI());
      return location + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
    } catch (Exception e) {
      return location;
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
