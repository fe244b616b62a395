package io.github.cbcf.benchmarks;

import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generated rule sets for measuring how cost grows with the number of rules: rule {@code i} matches
 * an outcome of one verb, about one subject, and (for two rules in three) with or without an owner.
 * Each rule exists twice, as DRL for the engine and as a predicate for {@link PlainJavaReview}; the
 * differential test checks that the two agree. Up to {@link #MAX} rules are all different.
 */
public final class SyntheticRules {
  /** The package of the generated DRL. */
  public static final String PACKAGE = "io.github.cbcf.benchmarks.synthetic";

  private static final List<String> SUBJECTS =
      Subjects.builtIn().stream().map(Subject::getCode).toList();
  private static final OutcomeKind[] KINDS = OutcomeKind.values();

  /**
   * The most rules with distinct conditions: owner variants times verbs times built-in subjects.
   */
  public static final int MAX = 3 * KINDS.length * SUBJECTS.size();

  private SyntheticRules() {}

  /** Whether a rule also asks for an owner. */
  public enum Owner {
    /** Says nothing about the owner. */
    ANY,
    /** Needs an owner. */
    PRESENT,
    /** Needs no owner. */
    ABSENT
  }

  /**
   * One generated rule.
   *
   * @param id its {@code @id}, {@code BENCH-0001} onwards
   * @param kind the verb it matches
   * @param subject the subject it matches
   * @param owner what it asks of the owner
   */
  public record Rule(String id, OutcomeKind kind, String subject, Owner owner) {
    /**
     * @param outcome an outcome
     * @return true when the DRL rule would match it
     */
    public boolean test(Outcome outcome) {
      return outcome.getKind() == kind
          && outcome.hasSubject(subject)
          && (owner == Owner.ANY || outcome.getOwner().isPresent() == (owner == Owner.PRESENT));
    }

    String drl() {
      String ownerCondition =
          owner == Owner.ANY ? "" : owner == Owner.PRESENT ? ", hasOwner()" : ", !hasOwner()";
      // The verb comes first: an equality on a constant, which Drools can hash in its alpha
      // network.
      return "rule \"Synthetic rule "
          + id
          + "\"\n"
          + "  @id(\""
          + id
          + "\")\n"
          + "  @severity(\"LOW\")\n"
          + "  @rationale(\"Generated for the rule-count benchmark.\")\n"
          + "when\n"
          + "  $o : OutcomeInContext( kind == OutcomeKind."
          + kind.name()
          + ", hasSubject(\""
          + subject
          + "\")"
          + ownerCondition
          + " )\n"
          + "then\n"
          + "  insert(Flag.raise($o));\n"
          + "end\n";
    }
  }

  /**
   * @param count how many rules, 0 to {@link #MAX}
   * @return that many distinct rules, the same for the same count
   */
  public static List<Rule> of(int count) {
    if (count < 0 || count > MAX) {
      throw new IllegalArgumentException("count must be between 0 and " + MAX + ", got " + count);
    }
    List<Rule> rules = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // The owner varies fastest, then the verb, so that small sets already hold every variant.
      Owner owner = Owner.values()[i % 3];
      OutcomeKind kind = KINDS[(i / 3) % KINDS.length];
      String subject = SUBJECTS.get(i / (3 * KINDS.length) % SUBJECTS.size());
      rules.add(new Rule(String.format(Locale.ROOT, "BENCH-%04d", i + 1), kind, subject, owner));
    }
    return rules;
  }

  /**
   * @param rules the rules
   * @return one DRL file that holds them all, as a rule source
   */
  public static RuleSource drl(List<Rule> rules) {
    return RuleSource.drl("synthetic-" + rules.size() + ".drl", text(rules));
  }

  /**
   * @param rules the rules
   * @return the text of one DRL file that holds them all
   */
  public static String text(List<Rule> rules) {
    StringBuilder drl =
        new StringBuilder(
            "package "
                + PACKAGE
                + ";\n\n"
                + "import io.github.cbcf.model.OutcomeKind;\n"
                + "import io.github.cbcf.rules.facts.OutcomeInContext;\n"
                + "import io.github.cbcf.rules.facts.Flag;\n\n");
    rules.forEach(rule -> drl.append(rule.drl()).append('\n'));
    return drl.toString();
  }
}
