package io.github.cbcf.lexicon;

import io.github.cbcf.model.QualifierKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The subject codes and qualifier kinds the repository's built-in rule files use, read from the
 * files.
 */
final class RuleCodes {
  static final Path RULES = Path.of("..", "cbcf-rules", "src", "main", "resources");
  private static final Pattern SUBJECT = Pattern.compile("hasSubject\\(\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern QUALIFIER = Pattern.compile("QualifierKind\\.([A-Z_]+)");
  private static final Pattern ANY_SAFEGUARD = Pattern.compile("hasSpecificSafeguard\\(\\s*\\)");

  final Set<String> subjects = new TreeSet<>();
  final Set<String> qualifiers = new TreeSet<>();
  final Set<Path> files = new TreeSet<>();

  private RuleCodes() {}

  static RuleCodes read() {
    RuleCodes codes = new RuleCodes();
    try (Stream<Path> paths = Files.walk(RULES)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".drl")).toList()) {
        codes.files.add(file);
        String text = Files.readString(file);
        Matcher subject = SUBJECT.matcher(text);
        while (subject.find()) {
          codes.subjects.add(subject.group(1));
        }
        Matcher qualifier = QUALIFIER.matcher(text);
        while (qualifier.find()) {
          codes.qualifiers.add(qualifier.group(1));
        }
        if (ANY_SAFEGUARD.matcher(text).find()) {
          // A rule that asks for any specific safeguard depends on each kind being found.
          Arrays.stream(QualifierKind.values())
              .filter(QualifierKind::isSpecificSafeguard)
              .forEach(kind -> codes.qualifiers.add(kind.name()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the rule files under " + RULES.toAbsolutePath(), e);
    }
    return codes;
  }
}
