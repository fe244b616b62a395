package io.github.cbcf.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The descriptions of the rules in a KieBase, read from each rule's metadata and checked against the contract:
 * every rule has an id, a severity, a concern, authorities and a rationale, and no id repeats.
 */
final class RuleCatalogue {
  /** The metadata every rule must carry. */
  static final List<String> REQUIRED = List.of("id", "severity", "concern", "authorities", "rationale");

  private final Map<String, RuleDescription> byId;
  private final Map<String, RuleDescription> byRuleKey;

  private RuleCatalogue(Map<String, RuleDescription> byId, Map<String, RuleDescription> byRuleKey) {
    this.byId = byId;
    this.byRuleKey = byRuleKey;
  }

  /**
   * Reads and checks the metadata of every rule in the given packages.
   *
   * @throws RuleSetException listing every rule that breaks the contract
   */
  static RuleCatalogue of(Collection<KiePackage> packages, boolean builtIn) {
    List<String> problems = new ArrayList<>();
    Map<String, RuleDescription> byId = new HashMap<>();
    Map<String, RuleDescription> byRuleKey = new HashMap<>();
    List<Rule> rules = packages.stream().flatMap(p -> p.getRules().stream())
        .sorted(Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName))
        .toList();
    for (Rule rule : rules) {
      describe(rule, builtIn, problems).ifPresent(description -> {
        RuleDescription earlier = byId.putIfAbsent(description.getId(), description);
        if (earlier != null) {
          problems.add("rule \"" + rule.getName() + "\" repeats the id " + description.getId() + " of rule \""
              + earlier.getTitle() + "\": give it an id of its own");
        }
        byRuleKey.put(key(rule), description);
      });
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleCatalogue(byId, byRuleKey);
  }

  private static Optional<RuleDescription> describe(Rule rule, boolean builtIn, List<String> problems) {
    Map<String, Object> metadata = rule.getMetaData();
    String where = "rule \"" + rule.getName() + "\" in package " + rule.getPackageName();
    List<String> missing = REQUIRED.stream().filter(k -> text(metadata, k).isEmpty()).toList();
    if (!missing.isEmpty()) {
      problems.add(where + " lacks metadata " + missing.stream().map(k -> "@" + k + "(\"...\")")
          .collect(Collectors.joining(", ")) + ": add it before 'when'");
      return Optional.empty();
    }
    Severity severity;
    try {
      severity = Severity.valueOf(text(metadata, "severity").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(where + " has @severity(\"" + text(metadata, "severity") + "\"); allowed: "
          + Arrays.toString(Severity.values()));
      return Optional.empty();
    }
    List<Authority> authorities = new ArrayList<>();
    for (String entry : text(metadata, "authorities").split("\\|")) {
      try {
        authorities.add(Authority.parse(entry));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": in @authorities, " + e.getMessage());
      }
    }
    return Optional.of(ImmutableRuleDescription.builder()
        .id(text(metadata, "id"))
        .title(rule.getName())
        .concern(text(metadata, "concern"))
        .severity(severity)
        .authorities(authorities)
        .rationale(text(metadata, "rationale"))
        .packageName(rule.getPackageName())
        .builtIn(builtIn)
        .build());
  }

  private static String text(Map<String, Object> metadata, String key) {
    Object value = metadata.get(key);
    return value == null ? "" : value.toString().trim();
  }

  static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }

  /** The description of a rule of this catalogue. */
  RuleDescription describe(Rule rule) {
    RuleDescription description = byRuleKey.get(key(rule));
    if (description == null) {
      throw new IllegalStateException("rule \"" + rule.getName() + "\" is not in the catalogue");
    }
    return description;
  }

  Optional<RuleDescription> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every rule, ordered by id. */
  List<RuleDescription> all() {
    return byId.values().stream().sorted(Comparator.comparing(RuleDescription::getId)).toList();
  }

  static RuleCatalogue of(KieBase kieBase, boolean builtIn) {
    return of(kieBase.getKiePackages(), builtIn);
  }
}
