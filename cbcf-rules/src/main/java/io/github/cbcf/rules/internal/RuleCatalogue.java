package io.github.cbcf.rules.internal;

import io.github.cbcf.Problem;
import io.github.cbcf.rules.Authority;
import io.github.cbcf.rules.ImmutableRuleDescription;
import io.github.cbcf.rules.RuleDescription;
import io.github.cbcf.rules.RuleSetException;
import io.github.cbcf.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The descriptions of a set of rules, read from each rule's metadata and checked against the
 * contract: every built-in rule has an id, a severity, a concern, authorities and a rationale; a
 * user's rule at least an id, a severity and a rationale; and no id repeats.
 */
public final class RuleCatalogue {
  /** The metadata every built-in rule must carry. */
  public static final List<String> REQUIRED_BUILT_IN =
      List.of("id", "severity", "concern", "authorities", "rationale");

  /** The metadata every user's rule must carry. */
  public static final List<String> REQUIRED_CUSTOM = List.of("id", "severity", "rationale");

  /** The concern of a user's rule that names none. */
  public static final String CUSTOM_CONCERN = "custom";

  private final Map<String, RuleDescription> byId;

  private RuleCatalogue(Map<String, RuleDescription> byId) {
    this.byId = byId;
  }

  /**
   * Reads and checks the metadata of every rule in the given packages.
   *
   * @param packages the compiled packages
   * @param builtIn true for the rules shipped with cbcf, which must carry every metadata key
   * @param sourceOf names the file a rule came from, for messages
   * @return the catalogue
   * @throws RuleSetException listing every rule that breaks the contract
   */
  public static RuleCatalogue of(
      Collection<KiePackage> packages, boolean builtIn, Function<Rule, String> sourceOf) {
    List<Problem> problems = new ArrayList<>();
    Map<String, RuleDescription> byId = new HashMap<>();
    List<Rule> rules =
        packages.stream()
            .flatMap(p -> p.getRules().stream())
            .sorted(Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName))
            .toList();
    for (Rule rule : rules) {
      describe(rule, builtIn, sourceOf.apply(rule), problems)
          .ifPresent(
              description -> {
                RuleDescription earlier = byId.putIfAbsent(description.getId(), description);
                if (earlier != null) {
                  problems.add(
                      RuleSetException.problem(
                          sourceOf.apply(rule),
                          0,
                          0,
                          rule.getName(),
                          "repeats the id "
                              + description.getId()
                              + " of rule \""
                              + earlier.getTitle()
                              + "\": give it an id of its own"));
                }
              });
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleCatalogue(byId);
  }

  private static Optional<RuleDescription> describe(
      Rule rule, boolean builtIn, String source, List<Problem> problems) {
    List<String> required = builtIn ? REQUIRED_BUILT_IN : REQUIRED_CUSTOM;
    List<String> missing =
        required.stream().filter(k -> RuleMetadata.text(rule, k).isEmpty()).toList();
    if (!missing.isEmpty()) {
      problems.add(
          RuleSetException.problem(
              source,
              0,
              0,
              rule.getName(),
              "lacks the metadata "
                  + missing.stream()
                      .map(k -> "@" + k + "(\"...\")")
                      .collect(Collectors.joining(", "))
                  + ": add it between the rule's name and 'when' (every rule needs "
                  + String.join(", ", required)
                  + ")"));
      return Optional.empty();
    }
    Severity severity;
    try {
      severity = Severity.valueOf(RuleMetadata.text(rule, "severity").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          RuleSetException.problem(
              source,
              0,
              0,
              rule.getName(),
              "has @severity(\""
                  + RuleMetadata.text(rule, "severity")
                  + "\"); allowed: "
                  + Arrays.stream(Severity.values())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))));
      return Optional.empty();
    }
    String retrospective = RuleMetadata.text(rule, "retrospective");
    if (!retrospective.isEmpty() && !List.of("skip", "fire", "lower").contains(retrospective)) {
      problems.add(
          RuleSetException.problem(
              source,
              0,
              0,
              rule.getName(),
              "has @retrospective(\""
                  + retrospective
                  + "\"); allowed: skip (the condition excludes outcomes that only look back), fire,"
                  + " or lower (fire, one severity lower when every outcome looks back)"));
      return Optional.empty();
    }
    List<Authority> authorities = new ArrayList<>();
    String listed = RuleMetadata.text(rule, "authorities");
    if (!listed.isEmpty()) {
      for (String entry : listed.split("\\|")) {
        try {
          authorities.add(Authority.parse(entry));
        } catch (IllegalArgumentException e) {
          problems.add(
              RuleSetException.problem(
                  source, 0, 0, rule.getName(), "in @authorities, " + e.getMessage()));
        }
      }
    }
    String concern = RuleMetadata.text(rule, "concern");
    return Optional.of(
        ImmutableRuleDescription.builder()
            .id(RuleMetadata.text(rule, "id"))
            .title(rule.getName())
            .concern(concern.isEmpty() ? CUSTOM_CONCERN : concern)
            .severity(severity)
            .authorities(authorities)
            .rationale(RuleMetadata.text(rule, "rationale"))
            .packageName(rule.getPackageName())
            .builtIn(builtIn)
            .loweredWhenRetrospective(retrospective.equals("lower"))
            .file(source)
            .build());
  }

  /**
   * Joins a user's rules to the built-in ones.
   *
   * @param custom the user's rules
   * @return both together
   * @throws RuleSetException when a user's rule takes the id of a built-in rule
   */
  public RuleCatalogue with(RuleCatalogue custom) {
    List<Problem> problems = new ArrayList<>();
    Map<String, RuleDescription> ids = new HashMap<>(byId);
    for (RuleDescription rule : custom.all()) {
      RuleDescription earlier = ids.putIfAbsent(rule.getId(), rule);
      if (earlier != null) {
        problems.add(
            RuleSetException.problem(
                rule.getFile(),
                0,
                0,
                rule.getTitle(),
                "takes the id "
                    + rule.getId()
                    + " of the built-in rule \""
                    + earlier.getTitle()
                    + "\": give it an id of your own (for example with"
                    + " your organisation's prefix)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleCatalogue(ids);
  }

  /**
   * @param ruleId the id of a rule of this catalogue, as a flag carries it
   * @return its description
   * @throws IllegalStateException when the catalogue has no such rule
   */
  public RuleDescription describe(String ruleId) {
    RuleDescription description = byId.get(ruleId);
    if (description == null) {
      throw new IllegalStateException("rule " + ruleId + " is not in the catalogue");
    }
    return description;
  }

  /**
   * @param ruleId a rule id
   * @return its description, if the catalogue has it
   */
  public Optional<RuleDescription> find(String ruleId) {
    return Optional.ofNullable(byId.get(ruleId));
  }

  /**
   * @return every rule, ordered by id
   */
  public List<RuleDescription> all() {
    return byId.values().stream().sorted(Comparator.comparing(RuleDescription::getId)).toList();
  }
}
