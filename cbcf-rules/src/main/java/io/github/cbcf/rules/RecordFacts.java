package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cbcf.model.Contact;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Party;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What a report shows of the record it reviewed, so that a report can be rendered from the {@link
 * ReviewReport} alone: the meeting (forum, date, place, parties), its sections in order, and the
 * source statement (title, provenance, text) the findings' offsets point into, with the file it was
 * read from when known.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordFacts.class)
@JsonDeserialize(as = ImmutableRecordFacts.class)
public interface RecordFacts {
  /**
   * @return the record's id
   */
  String getId();

  /**
   * @return the forum, for example {@code Cross-Border Crime Forum}
   */
  String getForum();

  /**
   * @return the meeting's date, ISO 8601 to the precision known
   */
  String getDate();

  /**
   * @return where the meeting took place
   */
  String getPlace();

  /**
   * @return the parties to the meeting
   */
  List<Party> getParties();

  /**
   * @return the record's sections, in record order
   */
  List<SectionHeading> getSections();

  /**
   * @return every outcome of the record, in source order, with its exact text and place in the
   *     source
   */
  List<FlaggedOutcome> getOutcomes();

  /**
   * @return the title of the source statement
   */
  String getSourceTitle();

  /**
   * @return where the source statement comes from, if the record says
   */
  Optional<String> getSourceProvenance();

  /**
   * @return the source statement's text, into which findings' offsets point
   */
  String getSourceText();

  /**
   * @return the file the record was read from, when the caller said
   */
  Optional<String> getFile();

  /**
   * @return the values the record marks as personal data (name, telephone and e-mail of each
   *     contact who is a person), which reports withhold ({@link PersonalData}); empty once
   *     withheld
   */
  List<String> getPersonalData();

  /**
   * @return how many places of the statement had personal data withheld
   */
  @Value.Default
  default int getPersonalDataWithheld() {
    return 0;
  }

  /**
   * @return the line of each outcome (by id) in the file reviewed, when the caller said; a report
   *     points there
   */
  java.util.Map<String, Integer> getFileLines();

  /**
   * @return a one-line title: forum, place, date and record id
   */
  default String getHeadline() {
    return getForum() + ", " + getPlace() + ", " + getDate() + " (" + getId() + ")";
  }

  /**
   * @param record a record
   * @return what a report shows of it
   */
  static RecordFacts of(ForumRecord record) {
    return ImmutableRecordFacts.builder()
        .id(record.getId())
        .forum(record.getForum())
        .date(record.getDate())
        .place(record.getPlace())
        .parties(record.getParties())
        .sections(
            record.getSections().stream()
                .map(s -> SectionHeading.of(s.getId(), s.getTitle()))
                .toList())
        .outcomes(
            record.getOutcomes().stream()
                .sorted(
                    Comparator.comparingInt((Outcome o) -> o.getLocation().getStart())
                        .thenComparing(Outcome::getId))
                .map(FlaggedOutcome::of)
                .toList())
        .sourceTitle(record.getSource().getTitle())
        .sourceProvenance(record.getSource().getProvenance())
        .sourceText(record.getSource().getText())
        .personalData(
            record.getContacts().stream()
                .filter(Contact::isPersonalData)
                .flatMap(c -> Stream.of(c.getName(), c.getPhone(), c.getEmail()))
                .flatMap(Optional::stream)
                .toList())
        .build();
  }

  /**
   * @param file the file the record was read from, as the user named it
   * @return the same facts, naming the file
   */
  default RecordFacts withFile(String file) {
    return ImmutableRecordFacts.copyOf(this).withFile(file);
  }
}
