package io.github.cbcf.benchmarks;

import io.github.cbcf.model.BindingStrength;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.Subjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in rules written by hand in plain Java: the predicates of the DRL files under {@code
 * io/github/cbcf/rules/builtin/}, evaluated by loops over the model, with no engine and no facts
 * built for one. It is the baseline every benchmark measures the Drools reviewer against, and the
 * other side of the differential test that keeps the two in agreement.
 *
 * <pre>{@code
 * List<RuleMatch> matches = PlainJavaReview.builtIn().match(records);
 * }</pre>
 *
 * <p>Each rule fires once per matched outcome, as the DRL does; the join of CBCF-DATA-002 and the
 * collect of CBCF-REG-001 look only inside one record, as the DRL's {@code recordId} constraints
 * do. Extra {@link SyntheticRules.Rule synthetic rules} can be added for the rule-count benchmark.
 */
public final class PlainJavaReview {
  /** The ids of the built-in rules this class implements, in the order it checks them. */
  public static final List<String> RULE_IDS =
      List.of(
          "CBCF-ACCT-001",
          "CBCF-CSAM-001",
          "CBCF-AI-001",
          "CBCF-DATA-001",
          "CBCF-DATA-002",
          "CBCF-FRAUD-001",
          "CBCF-ELEC-001",
          "CBCF-REG-001",
          "CBCF-SMUG-001",
          "CBCF-INFO-001",
          "CBCF-INFO-002",
          "CBCF-SEC-001",
          "CBCF-ACCESS-001",
          "CBCF-HATE-001",
          "CBCF-INST-001",
          "CBCF-ASSET-001",
          "CBCF-PRIV-001",
          "CBCF-INTEL-001",
          "CBCF-INTEL-002",
          "CBCF-TRAVEL-001",
          "CBCF-CRYPTO-001",
          "CBCF-SPEECH-001",
          "CBCF-RESEARCH-001",
          "CBCF-PRECURSOR-001",
          "CBCF-SENSITIVE-001",
          "CBCF-MLA-001");

  private static final List<String> PERSONAL_DATA =
      List.of(
          Subjects.DATA_SENSITIVE_PERSONAL,
          Subjects.DATA_BIOMETRICS,
          Subjects.DATA_SENSITIVE_CATEGORIES,
          Subjects.TRAVEL_PASSENGER_DATA,
          Subjects.TRAVEL_WATCH_LISTS,
          Subjects.OFFENDERS_TRAVEL_NOTIFICATION);
  private static final List<String> TRAVELLER_DATA =
      List.of(
          Subjects.TRAVEL_PASSENGER_DATA,
          Subjects.DATA_BIOMETRICS,
          Subjects.TRAVEL_WATCH_LISTS,
          Subjects.OFFENDERS_TRAVEL_NOTIFICATION);

  private final List<SyntheticRules.Rule> extra;

  private PlainJavaReview(List<SyntheticRules.Rule> extra) {
    this.extra = List.copyOf(extra);
  }

  /**
   * @return the built-in rules only
   */
  public static PlainJavaReview builtIn() {
    return new PlainJavaReview(List.of());
  }

  /**
   * @param rules synthetic rules to check after the built-in ones, as the engine runs a user's
   *     rules after its own
   * @return a review with the built-in rules and these
   */
  public PlainJavaReview with(List<SyntheticRules.Rule> rules) {
    List<SyntheticRules.Rule> all = new ArrayList<>(extra);
    all.addAll(rules);
    return new PlainJavaReview(all);
  }

  /**
   * Runs every rule over the records.
   *
   * @param records the records; joins stay within one record
   * @return every firing, record by record
   */
  public List<RuleMatch> match(Collection<ForumRecord> records) {
    List<RuleMatch> matches = new ArrayList<>();
    for (ForumRecord record : records) {
      match(record, matches);
    }
    return matches;
  }

  private void match(ForumRecord record, List<RuleMatch> matches) {
    Map<String, SectionQualifiers> sections = new HashMap<>();
    for (Section section : record.getSections()) {
      sections.put(section.getId(), new SectionQualifiers(section.getQualifiers()));
    }
    Map<String, Instrument> instruments = new HashMap<>();
    for (Instrument instrument : record.getInstruments()) {
      instruments.put(instrument.getId(), instrument);
    }
    boolean statementSafeguard = anySpecific(record.getQualifiers());
    List<Outcome> flowOnly = new ArrayList<>();
    List<Outcome> personalOnly = new ArrayList<>();
    List<Outcome> registries = new ArrayList<>();
    for (Outcome outcome : record.getOutcomes()) {
      SectionQualifiers section = sections.get(outcome.getSection());
      boolean undertaking = outcome.getStrength() != BindingStrength.DECLARATORY;
      boolean namedInstrument = false;
      boolean unnamedInstrument = false;
      for (String id : outcome.getInstruments()) {
        if (instruments.get(id).isNamed()) {
          namedInstrument = true;
        } else {
          unnamedInstrument = true;
        }
      }
      if (outcome.isRetrospective()) {
        // Only the rules marked @retrospective("fire") look at an outcome that reports the past or
        // gives background.
        if (outcome.hasSubject(Subjects.REGISTRY_FOREIGN_AGENTS)) {
          registries.add(outcome);
        }
        if (unnamedInstrument) {
          matches.add(one("CBCF-INST-001", record, outcome));
        }
        extra.stream()
            .filter(rule -> rule.test(outcome))
            .forEach(rule -> matches.add(one(rule.id(), record, outcome)));
        continue;
      }
      boolean flow = outcome.hasSubject(Subjects.DATA_CROSS_BORDER_FLOW);
      boolean personal = outcome.hasSubject(Subjects.DATA_SENSITIVE_PERSONAL);

      // accountability-gap.drl
      if (outcome.isBinding()
          && outcome.getOwner().isEmpty()
          && outcome.getDue().isEmpty()
          && !namedInstrument) {
        matches.add(one("CBCF-ACCT-001", record, outcome));
      }
      // ai-generated-csam.drl
      if (outcome.hasSubject(Subjects.CSAM_AI_GENERATED)) {
        matches.add(one("CBCF-CSAM-001", record, outcome));
      }
      // ai-standing-topic.drl
      if (outcome.hasSubject(Subjects.TECH_AI) && undertaking) {
        matches.add(one("CBCF-AI-001", record, outcome));
      }
      // data-flow-versus-personal-data.drl: the single-outcome rule here, the join after the loop
      if (flow && personal) {
        matches.add(one("CBCF-DATA-001", record, outcome));
      } else if (flow) {
        flowOnly.add(outcome);
      } else if (personal) {
        personalOnly.add(outcome);
      }
      // elder-fraud.drl
      if (outcome.hasSubject(Subjects.FRAUD_ELDER) || outcome.hasSubject(Subjects.FRAUD_ROMANCE)) {
        matches.add(one("CBCF-FRAUD-001", record, outcome));
      }
      // election-cooperation.drl
      if (outcome.hasSubject(Subjects.ELECTIONS_INTERFERENCE)
          && undertaking
          && outcome.getParties().size() >= 2) {
        matches.add(one("CBCF-ELEC-001", record, outcome));
      }
      // foreign-agent-registries.drl: collected here, decided after the loop
      if (outcome.hasSubject(Subjects.REGISTRY_FOREIGN_AGENTS)) {
        registries.add(outcome);
      }
      // human-smuggling-intelligence.drl
      if (outcome.hasSubject(Subjects.CRIME_HUMAN_SMUGGLING)
          && outcome.hasSubject(Subjects.INTELLIGENCE_GATHERING)) {
        matches.add(one("CBCF-SMUG-001", record, outcome));
      }
      // information-sharing-domestic-law-only.drl and information-sharing-no-safeguard.drl
      boolean companyOnly =
          outcome.hasSubject(Subjects.PRIVATE_SECTOR_DISCLOSURE)
              && !outcome.hasSubject(Subjects.INTELLIGENCE_SHARING)
              && !outcome.hasSubject(Subjects.COOPERATION_LAW_ENFORCEMENT);
      if (outcome.hasSubject(Subjects.DATA_INFORMATION_SHARING) && !companyOnly) {
        List<Qualifier> own = outcome.getQualifiers();
        boolean safeguard = statementSafeguard || section.specific || anySpecific(own);
        boolean domesticLaw = section.domesticLaw || anyOfKind(own, QualifierKind.DOMESTIC_LAW);
        if (!safeguard && domesticLaw) {
          matches.add(one("CBCF-INFO-001", record, outcome));
        }
        if (!safeguard && !domesticLaw) {
          matches.add(one("CBCF-INFO-002", record, outcome));
        }
      }
      // insider-threat.drl
      if (outcome.hasSubject(Subjects.SECURITY_INSIDER_THREAT)
          || outcome.hasSubject(Subjects.SECURITY_TRADE_SECRETS)) {
        matches.add(one("CBCF-SEC-001", record, outcome));
      }
      // lawful-access.drl
      if (outcome.hasSubject(Subjects.ACCESS_COMMUNICATIONS_CONTENT)) {
        matches.add(one("CBCF-ACCESS-001", record, outcome));
      }
      // online-hate.drl
      if ((outcome.hasSubject(Subjects.HATE_CRIMES) || outcome.hasSubject(Subjects.HATE_ONLINE))
          && undertaking) {
        matches.add(one("CBCF-HATE-001", record, outcome));
      }
      // unnamed-instruments.drl
      if (unnamedInstrument) {
        matches.add(one("CBCF-INST-001", record, outcome));
      }
      // asset-freezing-forfeiture.drl
      if (outcome.hasSubject(Subjects.ASSETS_FREEZING_FORFEITURE) && undertaking) {
        matches.add(one("CBCF-ASSET-001", record, outcome));
      }
      // private-sector-disclosure.drl
      if (outcome.hasSubject(Subjects.PRIVATE_SECTOR_DISCLOSURE)) {
        matches.add(one("CBCF-PRIV-001", record, outcome));
      }
      // intelligence-sharing.drl: HIGH when personal data is concerned too, MEDIUM otherwise
      if (outcome.hasSubject(Subjects.INTELLIGENCE_SHARING)) {
        boolean personalData = PERSONAL_DATA.stream().anyMatch(outcome::hasSubject);
        matches.add(one(personalData ? "CBCF-INTEL-002" : "CBCF-INTEL-001", record, outcome));
      }
      // traveller-offender-data.drl
      if (TRAVELLER_DATA.stream().anyMatch(outcome::hasSubject)) {
        matches.add(one("CBCF-TRAVEL-001", record, outcome));
      }
      // encrypted-data-access.drl
      if (outcome.hasSubject(Subjects.ACCESS_ENCRYPTED_DATA)) {
        matches.add(one("CBCF-CRYPTO-001", record, outcome));
      }
      // disinformation-online-content.drl
      if (outcome.hasSubject(Subjects.ONLINE_DISINFORMATION)) {
        matches.add(one("CBCF-SPEECH-001", record, outcome));
      }
      // research-security.drl
      if (outcome.hasSubject(Subjects.SECURITY_RESEARCH)) {
        matches.add(one("CBCF-RESEARCH-001", record, outcome));
      }
      // precursor-chemicals.drl
      if (outcome.hasSubject(Subjects.CRIME_PRECURSOR_CHEMICALS)) {
        matches.add(one("CBCF-PRECURSOR-001", record, outcome));
      }
      // sensitive-categories-data.drl
      if (outcome.hasSubject(Subjects.DATA_SENSITIVE_CATEGORIES)) {
        matches.add(one("CBCF-SENSITIVE-001", record, outcome));
      }
      // mutual-legal-assistance.drl
      if (outcome.hasSubject(Subjects.JUSTICE_MUTUAL_LEGAL_ASSISTANCE)
          || outcome.hasSubject(Subjects.JUSTICE_EXTRADITION)
          || outcome.hasSubject(Subjects.JUSTICE_JOINT_OPERATIONS)) {
        matches.add(one("CBCF-MLA-001", record, outcome));
      }
      for (SyntheticRules.Rule rule : extra) {
        if (rule.test(outcome)) {
          matches.add(one(rule.id(), record, outcome));
        }
      }
    }
    // CBCF-DATA-002: one finding per pair of outcomes of this record, joined on the record only.
    for (Outcome flow : flowOnly) {
      for (Outcome personal : personalOnly) {
        matches.add(new RuleMatch("CBCF-DATA-002", record, List.of(flow, personal)));
      }
    }
    // CBCF-REG-001: the registry outcomes of this record reach two or more jurisdictions.
    if (!registries.isEmpty() && jurisdictions(registries, instruments).size() >= 2) {
      matches.add(new RuleMatch("CBCF-REG-001", record, List.copyOf(registries)));
    }
  }

  /**
   * Each outcome's instruments' jurisdictions, or failing those the parties it binds; the union
   * over all.
   */
  private static Set<String> jurisdictions(
      List<Outcome> outcomes, Map<String, Instrument> instruments) {
    Set<String> all = new LinkedHashSet<>();
    for (Outcome outcome : outcomes) {
      Set<String> own = new LinkedHashSet<>();
      for (String id : outcome.getInstruments()) {
        own.addAll(instruments.get(id).getJurisdictions());
      }
      all.addAll(own.isEmpty() ? outcome.getParties() : own);
    }
    return all;
  }

  private static RuleMatch one(String ruleId, ForumRecord record, Outcome outcome) {
    return new RuleMatch(ruleId, record, List.of(outcome));
  }

  private static boolean anySpecific(List<Qualifier> qualifiers) {
    for (Qualifier qualifier : qualifiers) {
      // Only a qualifier whose words the record locates can lower or remove a finding.
      if (qualifier.getKind().isSpecificSafeguard() && qualifier.getLocation().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyOfKind(List<Qualifier> qualifiers, QualifierKind kind) {
    for (Qualifier qualifier : qualifiers) {
      if (qualifier.getKind() == kind && qualifier.getLocation().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** What a section's qualifiers say, worked out once per section rather than once per outcome. */
  private static final class SectionQualifiers {
    final boolean specific;
    final boolean domesticLaw;

    SectionQualifiers(List<Qualifier> qualifiers) {
      this.specific = anySpecific(qualifiers);
      this.domesticLaw = anyOfKind(qualifiers, QualifierKind.DOMESTIC_LAW);
    }
  }
}
