package io.github.cbcf.rules.facts;

import io.github.cbcf.model.BindingStrength;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Instrument;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.OutcomeKind;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.rules.QualifierScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An outcome as a rule sees it: with the id of its meeting (so joins between outcomes are keyed by
 * meeting), its section, every qualifier that applies to it and where that qualifier was stated,
 * and the instruments it refers to. Built once per review; read-only.
 */
public final class OutcomeInContext {
  private final ForumRecord record;
  private final Outcome outcome;
  private final Section section;
  private final List<AppliedQualifier> qualifiers;
  private final List<Instrument> instruments;

  private OutcomeInContext(
      ForumRecord record,
      Outcome outcome,
      Section section,
      List<AppliedQualifier> qualifiers,
      List<Instrument> instruments) {
    this.record = record;
    this.outcome = outcome;
    this.section = section;
    this.qualifiers = qualifiers;
    this.instruments = instruments;
  }

  /**
   * Puts every outcome of a record in its context, in record order.
   *
   * @param record a valid record
   * @return one context per outcome
   */
  public static List<OutcomeInContext> allOf(ForumRecord record) {
    Map<String, Section> sections = new HashMap<>();
    record.getSections().forEach(s -> sections.put(s.getId(), s));
    Map<String, Instrument> instruments = new HashMap<>();
    record.getInstruments().forEach(i -> instruments.put(i.getId(), i));
    List<OutcomeInContext> contexts = new ArrayList<>(record.getOutcomes().size());
    for (Outcome outcome : record.getOutcomes()) {
      Section section = sections.get(outcome.getSection());
      List<AppliedQualifier> applied = new ArrayList<>();
      outcome
          .getQualifiers()
          .forEach(q -> applied.add(new AppliedQualifier(q, QualifierScope.OUTCOME)));
      section
          .getQualifiers()
          .forEach(q -> applied.add(new AppliedQualifier(q, QualifierScope.SECTION)));
      record
          .getQualifiers()
          .forEach(q -> applied.add(new AppliedQualifier(q, QualifierScope.STATEMENT)));
      List<Instrument> referred = new ArrayList<>();
      outcome.getInstruments().forEach(id -> referred.add(instruments.get(id)));
      contexts.add(
          new OutcomeInContext(
              record, outcome, section, List.copyOf(applied), List.copyOf(referred)));
    }
    return Collections.unmodifiableList(contexts);
  }

  /**
   * @return the id of the record, the key on which rules join outcomes of one meeting
   */
  public String getRecordId() {
    return record.getId();
  }

  /**
   * @return the outcome
   */
  public Outcome getOutcome() {
    return outcome;
  }

  /**
   * @return the outcome's id
   */
  public String getId() {
    return outcome.getId();
  }

  /**
   * @return the id of the outcome's section, as {@link Outcome#getSection()} gives it
   */
  public String getSection() {
    return section.getId();
  }

  /**
   * @return the title of the outcome's section
   */
  public String getSectionTitle() {
    return section.getTitle();
  }

  /**
   * @return the verb
   */
  public OutcomeKind getKind() {
    return outcome.getKind();
  }

  /**
   * @return the binding strength the verb implies
   */
  public BindingStrength getStrength() {
    return outcome.getStrength();
  }

  /**
   * @return true for agreed, committed, pledged
   */
  public boolean isBinding() {
    return outcome.isBinding();
  }

  /**
   * @return true unless the outcome only notes, discusses or acknowledges
   */
  public boolean isUndertaking() {
    return outcome.getStrength() != BindingStrength.DECLARATORY;
  }

  /**
   * Tells whether the outcome only reports the past or gives background ("have shared", "in
   * previous years"). Rules meant for commitments exclude such outcomes with {@code
   * !isRetrospective()} and say so with {@code @retrospective("skip")}.
   *
   * @return true for an outcome whose orientation is PAST or BACKGROUND; false when none is
   *     recorded
   */
  public boolean isRetrospective() {
    return outcome.isRetrospective();
  }

  /**
   * @return true when the outcome binds two or more parties together
   */
  public boolean isJoint() {
    return outcome.getParties().size() >= 2;
  }

  /**
   * @param subject a subject code
   * @return true when the outcome is about it
   */
  public boolean hasSubject(String subject) {
    return outcome.hasSubject(subject);
  }

  /**
   * @return every qualifier that applies, own first, then the section's, then the statement's
   */
  public List<AppliedQualifier> getQualifiers() {
    return qualifiers;
  }

  /**
   * @param kind a qualifier kind A qualifier lowers or removes a finding only when the record
   *     points at its words in the source; one without a location is reported on the finding as an
   *     unverified safeguard instead.
   * @return true when a located qualifier of that kind is stated on the outcome or its section
   */
  public boolean hasLocalQualifier(QualifierKind kind) {
    // Conditions call these for every outcome a rule looks at: loops, not streams.
    for (AppliedQualifier q : qualifiers) {
      if (q.isLocated() && q.getKind() == kind && q.getScope() != QualifierScope.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return true when a located qualifier that names a checkable safeguard applies, at any scope
   */
  public boolean hasSpecificSafeguard() {
    for (AppliedQualifier q : qualifiers) {
      if (q.isLocated() && q.getKind().isSpecificSafeguard()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the instruments the outcome refers to
   */
  public List<Instrument> getInstruments() {
    return instruments;
  }

  /**
   * @return true when the outcome refers to an instrument the statement does not name
   */
  public boolean hasUnnamedInstrument() {
    for (Instrument instrument : instruments) {
      if (!instrument.isNamed()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return true when the outcome refers to at least one named instrument
   */
  public boolean hasNamedInstrument() {
    for (Instrument instrument : instruments) {
      if (instrument.isNamed()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the jurisdictions of the instruments referred to, or failing those of the parties bound
   */
  public Set<String> getJurisdictions() {
    Set<String> jurisdictions = new LinkedHashSet<>();
    instruments.forEach(i -> jurisdictions.addAll(i.getJurisdictions()));
    if (jurisdictions.isEmpty()) {
      jurisdictions.addAll(outcome.getParties());
    }
    return jurisdictions;
  }

  /**
   * The jurisdictions a group of outcomes reaches, for rules that collect outcomes of one meeting.
   *
   * @param outcomes the outcomes
   * @return the union of their {@link #getJurisdictions()}, in order of first appearance
   */
  public static Set<String> jurisdictionsOf(List<OutcomeInContext> outcomes) {
    Set<String> jurisdictions = new LinkedHashSet<>();
    outcomes.forEach(o -> jurisdictions.addAll(o.getJurisdictions()));
    return jurisdictions;
  }

  /**
   * @return true when the statement names who carries the outcome out
   */
  public boolean hasOwner() {
    return outcome.getOwner().isPresent();
  }

  /**
   * @return true when the statement gives a date for the outcome
   */
  public boolean hasDue() {
    return outcome.getDue().isPresent();
  }

  /**
   * @return the outcome's offset in the source, for ordering
   */
  public int getStart() {
    return outcome.getLocation().getStart();
  }

  @Override
  public String toString() {
    return record.getId() + "/" + outcome.getId();
  }
}
