package io.github.cbcf.rules;

import io.github.cbcf.model.BindingStrength;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.QualifierKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in an outcome can make a rule fire, read from the conditions of the rule's DRL text: the
 * subjects it looks for and those that keep it quiet, the qualifiers it needs and those that stop
 * it, the kinds of outcome it fires on, what it asks of instruments, and its other conditions.
 * {@code cbcf explain} prints it beside the lexicon entries that find those subjects and
 * qualifiers.
 *
 * <pre>{@code
 * RuleTriggers triggers = RuleTriggers.of(reviewer.findRule("CBCF-ELEC-001").get()).get();
 * triggers.getSubjects(); // [elections.interference]
 * }</pre>
 */
public final class RuleTriggers {
  private static final Pattern SUBJECT = Pattern.compile("(!\\s*)?hasSubject\\(\\s*\"([^\"]+)\"");
  private static final Pattern LOCAL_QUALIFIER =
      Pattern.compile("(!\\s*)?hasLocalQualifier\\(\\s*QualifierKind\\.([A-Z_]+)");
  private static final Pattern SAFEGUARD = Pattern.compile("(!\\s*)?hasSpecificSafeguard\\(");
  private static final Pattern KIND = Pattern.compile("OutcomeKind\\.([A-Z_]+)");
  private static final Pattern CALL = Pattern.compile("(!\\s*)?\\b(is[A-Z]\\w*|has[A-Z]\\w*)\\(");

  private final Set<String> subjects = new LinkedHashSet<>();
  private final Set<String> excludedSubjects = new LinkedHashSet<>();
  private final Set<QualifierKind> qualifiers = new LinkedHashSet<>();
  private final Set<QualifierKind> blockingQualifiers = new LinkedHashSet<>();
  private final Set<OutcomeKind> kinds = new LinkedHashSet<>();
  private final Set<String> instruments = new LinkedHashSet<>();
  private final Set<String> otherConditions = new LinkedHashSet<>();

  private RuleTriggers() {}

  /**
   * Reads a rule's conditions from its DRL text: the built-in rule's resource, or the user's file.
   *
   * @param rule a rule of a reviewer
   * @return its triggers; empty when its text cannot be read (a precompiled rule, a decision table)
   */
  public static Optional<RuleTriggers> of(RuleDescription rule) {
    return source(rule).flatMap(text -> block(text, rule.getTitle())).map(RuleTriggers::parse);
  }

  private static Optional<String> source(RuleDescription rule) {
    if (rule.isBuiltIn()) {
      try (InputStream in = RuleTriggers.class.getResourceAsStream("/" + rule.getFile())) {
        return in == null
            ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    Path file = Path.of(rule.getFile());
    if (!rule.getFile().endsWith(".drl") || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The conditions of one rule: from its {@code when} to its {@code then}, without comments. */
  private static Optional<String> block(String text, String title) {
    Matcher start =
        Pattern.compile("(?m)^\\s*rule\\s+\"" + Pattern.quote(title) + "\"").matcher(text);
    if (!start.find()) {
      return Optional.empty();
    }
    Matcher when = Pattern.compile("(?m)^\\s*when\\b").matcher(text);
    Matcher then = Pattern.compile("(?m)^\\s*then\\b").matcher(text);
    if (!when.find(start.end()) || !then.find(when.end())) {
      return Optional.empty();
    }
    return Optional.of(text.substring(when.end(), then.start()).replaceAll("//[^\\n]*", ""));
  }

  private static RuleTriggers parse(String conditions) {
    RuleTriggers triggers = new RuleTriggers();
    Matcher subject = SUBJECT.matcher(conditions);
    while (subject.find()) {
      (subject.group(1) == null ? triggers.subjects : triggers.excludedSubjects)
          .add(subject.group(2));
    }
    triggers.excludedSubjects.removeAll(triggers.subjects);
    Matcher qualifier = LOCAL_QUALIFIER.matcher(conditions);
    while (qualifier.find()) {
      QualifierKind kind = QualifierKind.valueOf(qualifier.group(2));
      (qualifier.group(1) == null ? triggers.qualifiers : triggers.blockingQualifiers).add(kind);
    }
    Matcher safeguard = SAFEGUARD.matcher(conditions);
    while (safeguard.find()) {
      Arrays.stream(QualifierKind.values())
          .filter(QualifierKind::isSpecificSafeguard)
          .forEach(
              kind ->
                  (safeguard.group(1) == null ? triggers.qualifiers : triggers.blockingQualifiers)
                      .add(kind));
    }
    Set<OutcomeKind> kinds = new LinkedHashSet<>(Arrays.asList(OutcomeKind.values()));
    Matcher call = CALL.matcher(conditions);
    while (call.find()) {
      boolean negated = call.group(1) != null;
      switch (call.group(2)) {
        case "isUndertaking" ->
            kinds.removeIf(k -> negated != (k.getStrength() == BindingStrength.DECLARATORY));
        case "isBinding" ->
            kinds.removeIf(k -> negated == (k.getStrength() == BindingStrength.BINDING));
        case "isJoint" ->
            triggers.otherConditions.add(
                negated ? "binds a single party" : "binds two or more parties together");
        case "isRetrospective" ->
            triggers.otherConditions.add(
                negated
                    ? "looks ahead (not oriented PAST or BACKGROUND)"
                    : "reports the past or gives background");
        case "hasOwner" ->
            triggers.otherConditions.add(
                negated ? "names no one who carries it out" : "names who carries it out");
        case "hasDue" -> triggers.otherConditions.add(negated ? "gives no date" : "gives a date");
        case "hasUnnamedInstrument" ->
            triggers.instruments.add(
                negated
                    ? "no instrument the statement leaves unnamed"
                    : "an instrument the statement does not name");
        case "hasNamedInstrument" ->
            triggers.instruments.add(
                negated ? "no named instrument" : "at least one named instrument");
        default -> {
          // hasSubject, hasLocalQualifier and hasSpecificSafeguard are read above.
        }
      }
    }
    Matcher kind = KIND.matcher(conditions);
    Set<OutcomeKind> named = new LinkedHashSet<>();
    while (kind.find()) {
      named.add(OutcomeKind.valueOf(kind.group(1)));
    }
    if (!named.isEmpty()) {
      kinds.retainAll(named);
    }
    triggers.kinds.addAll(kinds);
    return triggers;
  }

  /**
   * @return subject codes any of which the rule looks for, in the order the conditions name them
   */
  public List<String> getSubjects() {
    return List.copyOf(subjects);
  }

  /**
   * @return subject codes whose presence keeps the rule quiet ({@code !hasSubject})
   */
  public List<String> getExcludedSubjects() {
    return List.copyOf(excludedSubjects);
  }

  /**
   * @return qualifier kinds the rule needs on the outcome or its section
   */
  public List<QualifierKind> getQualifiers() {
    return List.copyOf(qualifiers);
  }

  /**
   * @return qualifier kinds whose presence keeps the rule quiet, for example every specific
   *     safeguard for a rule that asks {@code !hasSpecificSafeguard()}
   */
  public List<QualifierKind> getBlockingQualifiers() {
    return List.copyOf(blockingQualifiers);
  }

  /**
   * @return the outcome kinds the rule can fire on; every kind when its conditions do not ask
   */
  public List<OutcomeKind> getKinds() {
    return List.copyOf(kinds);
  }

  /**
   * @return what the rule asks of the outcome's instruments, in words; empty when nothing
   */
  public List<String> getInstruments() {
    return List.copyOf(instruments);
  }

  /**
   * @return its other conditions, in words (parties, orientation, owner, date)
   */
  public List<String> getOtherConditions() {
    return List.copyOf(otherConditions);
  }
}
