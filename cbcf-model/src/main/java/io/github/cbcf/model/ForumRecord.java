package io.github.cbcf.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What one meeting of a forum published: the meeting itself, its parties and participants, the
 * statement's sections and outcomes, the instruments and qualifiers they refer to, the contacts,
 * and the source text.
 *
 * <p>Building a record checks that every id is unique within its kind, that every reference
 * resolves, and that every offset points at the exact text it claims inside the source. All broken
 * invariants are reported together in one {@link ModelViolationException}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForumRecord.class)
@JsonDeserialize(as = ImmutableForumRecord.class)
public interface ForumRecord {
  /**
   * @return a stable id for the record, for example {@code cbcf-2024}
   */
  String getId();

  /**
   * @return the forum's name, for example {@code Cross-Border Crime Forum}
   */
  String getForum();

  /**
   * @return the edition as the statement gives it, for example {@code third since re-established}
   */
  Optional<String> getEdition();

  /**
   * @return the meeting date in ISO 8601 form, as precise as known: {@code 2024}, {@code 2024-07}
   *     or {@code 2024-07-11}
   */
  String getDate();

  /**
   * @return where the meeting took place
   */
  String getPlace();

  /**
   * @return the parties, in the order the record lists them
   */
  List<Party> getParties();

  /**
   * @return the participants
   */
  List<Participant> getParticipants();

  /**
   * @return instruments referred to by outcomes
   */
  List<Instrument> getInstruments();

  /**
   * @return the statement's sections
   */
  List<Section> getSections();

  /**
   * @return qualifiers that apply to the whole statement
   */
  List<Qualifier> getQualifiers();

  /**
   * @return subjects this record uses beyond the built-in catalogue
   */
  List<Subject> getSubjects();

  /**
   * @return the outcomes, in any order
   */
  List<Outcome> getOutcomes();

  /**
   * @return contacts published with the statement
   */
  List<Contact> getContacts();

  /**
   * @return why an importer assigned the record's own values (meeting facts, parties, statement
   *     qualifiers)
   */
  List<Evidence> getEvidence();

  /**
   * @return the source text and its provenance
   */
  SourceDocument getSource();

  /**
   * @return the year of the meeting
   */
  default int getYear() {
    return Integer.parseInt(getDate().substring(0, 4));
  }

  /**
   * Finds a section by id.
   *
   * @param id the section id
   * @return the section, if the record has it
   */
  default Optional<Section> findSection(String id) {
    return getSections().stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /**
   * Finds an instrument by id.
   *
   * @param id the instrument id
   * @return the instrument, if the record has it
   */
  default Optional<Instrument> findInstrument(String id) {
    return getInstruments().stream().filter(i -> i.getId().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    Invariants invariants =
        Invariants.of("ForumRecord")
            .requireText(getId(), "id")
            .requireText(getForum(), "forum")
            .requireText(getPlace(), "place")
            .require(!getParties().isEmpty(), "parties", "must list at least one party");
    invariants.require(
        isIsoDate(getDate()),
        "date",
        "'" + getDate() + "' is not an ISO 8601 date: write 2024, 2024-07 or 2024-07-11");

    Set<String> partyCodes = unique(invariants, getParties(), Party::getCode, "parties", "code");
    unique(invariants, getParticipants(), Participant::getId, "participants", "id");
    Set<String> sectionIds = unique(invariants, getSections(), Section::getId, "sections", "id");
    Set<String> instrumentIds =
        unique(invariants, getInstruments(), Instrument::getId, "instruments", "id");
    unique(invariants, getOutcomes(), Outcome::getId, "outcomes", "id");
    Set<String> declaredSubjects =
        unique(invariants, getSubjects(), Subject::getCode, "subjects", "code");

    for (int i = 0; i < getSubjects().size(); i++) {
      String code = getSubjects().get(i).getCode();
      invariants.require(
          !Subjects.isBuiltIn(code),
          "subjects[" + i + "].code",
          "'" + code + "' is already a built-in subject: remove it from subjects");
    }
    for (int i = 0; i < getParticipants().size(); i++) {
      Participant participant = getParticipants().get(i);
      requireKnown(
          invariants,
          partyCodes,
          participant.getJurisdiction(),
          "participants[" + i + "].jurisdiction",
          "party");
    }
    // One index of line starts for every span: checking stays linear in the size of the record.
    LineIndex text = new LineIndex(getSource().getText());
    checkQualifiers(invariants, getQualifiers(), "qualifiers", text);
    for (int i = 0; i < getSections().size(); i++) {
      Section section = getSections().get(i);
      String path = "sections[" + i + "]";
      section
          .getLocation()
          .ifPresent(
              span -> checkSpan(invariants, span, section.getTitle(), path + ".location", text));
      checkQualifiers(invariants, section.getQualifiers(), path + ".qualifiers", text);
    }
    for (int i = 0; i < getOutcomes().size(); i++) {
      Outcome outcome = getOutcomes().get(i);
      String path = "outcomes[" + i + "]";
      requireKnown(invariants, sectionIds, outcome.getSection(), path + ".section", "section");
      for (int p = 0; p < outcome.getParties().size(); p++) {
        requireKnown(
            invariants,
            partyCodes,
            outcome.getParties().get(p),
            path + ".parties[" + p + "]",
            "party");
      }
      for (int n = 0; n < outcome.getInstruments().size(); n++) {
        requireKnown(
            invariants,
            instrumentIds,
            outcome.getInstruments().get(n),
            path + ".instruments[" + n + "]",
            "instrument");
      }
      for (int s = 0; s < outcome.getSubjects().size(); s++) {
        String code = outcome.getSubjects().get(s);
        // The message (closest code, whole catalogue) is built only for a broken subject: building
        // it for every
        // valid one made a large import spend half its time here.
        if (!Subjects.isBuiltIn(code) && !declaredSubjects.contains(code)) {
          invariants.require(
              false,
              path + ".subjects[" + s + "]",
              "'"
                  + code
                  + "' is neither a built-in subject nor declared in the record's subjects:"
                  + " correct it or declare it under subjects"
                  + Subjects.closestTo(code).map(c -> "; did you mean " + c + "?").orElse("")
                  + " (built-in subjects: "
                  + Subjects.codesForMessages()
                  + ")");
        }
      }
      checkSpan(invariants, outcome.getLocation(), outcome.getText(), path + ".location", text);
      checkQualifiers(invariants, outcome.getQualifiers(), path + ".qualifiers", text);
    }
    invariants.throwIfBroken();
  }

  private static boolean isIsoDate(String date) {
    var matcher = Pattern.compile("(\\d{4})(-(\\d{2})(-(\\d{2}))?)?").matcher(date);
    if (!matcher.matches()) {
      return false;
    }
    try {
      if (matcher.group(5) != null) {
        LocalDate.parse(date);
      } else if (matcher.group(3) != null) {
        YearMonth.parse(date);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static <T> Set<String> unique(
      Invariants invariants,
      List<T> items,
      Function<T, String> key,
      String listName,
      String keyName) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      invariants.require(
          seen.add(value),
          listName + "[" + i + "]." + keyName,
          "'"
              + value
              + "' is used by an earlier entry of "
              + listName
              + ": give each a different "
              + keyName);
    }
    return seen;
  }

  private static void requireKnown(
      Invariants invariants, Set<String> known, String value, String path, String what) {
    if (known.contains(value)) {
      // The message lists every known value, sorted: build it only when it is needed.
      return;
    }
    String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    invariants.require(
        known.contains(value),
        path,
        "'"
            + value
            + "' is not "
            + article
            + what
            + " of this record;"
            + (known.isEmpty()
                ? " the record has none: declare it first"
                : " known: " + known.stream().sorted().collect(Collectors.joining(", "))));
  }

  private static void checkQualifiers(
      Invariants invariants, List<Qualifier> qualifiers, String path, LineIndex text) {
    for (int q = 0; q < qualifiers.size(); q++) {
      Qualifier qualifier = qualifiers.get(q);
      String at = path + "[" + q + "].location";
      qualifier
          .getLocation()
          .ifPresent(span -> checkSpan(invariants, span, qualifier.getText(), at, text));
    }
  }

  private static void checkSpan(
      Invariants invariants, SourceSpan span, String expected, String path, LineIndex lines) {
    String source = lines.text();
    if (span.getEnd() > source.length()) {
      invariants.require(
          false,
          path + ".end",
          "is "
              + span.getEnd()
              + ", past the end of the source text ("
              + source.length()
              + " characters)"
              + whereItIs(source, expected));
      return;
    }
    String actual = source.substring(span.getStart(), span.getEnd());
    if (!actual.equals(expected)) {
      invariants.require(
          false,
          path,
          "the source at "
              + span.getStart()
              + ".."
              + span.getEnd()
              + " reads \""
              + abbreviate(actual)
              + "\", not the text given"
              + whereItIs(source, expected));
      return;
    }
    int line = lines.lineAt(span.getStart());
    invariants.require(
        span.getLine() == line,
        path + ".line",
        "offset "
            + span.getStart()
            + " is on line "
            + line
            + ", not "
            + span.getLine()
            + ": set line to "
            + line);
  }

  private static String whereItIs(String source, String expected) {
    int at = source.indexOf(expected);
    if (at < 0) {
      return "; the text does not occur in the source at all: copy it exactly from the source";
    }
    return "; the text occurs at start "
        + at
        + ", end "
        + (at + expected.length())
        + ", line "
        + SourceDocument.lineAt(source, at)
        + ": correct the offsets";
  }

  private static String abbreviate(String text) {
    // One line per problem: show line breaks as the two characters \n.
    String shown = text.replace("\n", "\\n");
    return shown.length() <= 60 ? shown : shown.substring(0, 57) + "...";
  }

  /** Builds a {@link ForumRecord}. */
  class Builder extends ImmutableForumRecord.Builder {}
}
