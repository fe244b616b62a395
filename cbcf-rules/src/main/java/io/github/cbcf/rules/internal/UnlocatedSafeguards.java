package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Qualifier;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Section;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.QualifierScope;
import io.github.cbcf.rules.ReviewException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The default check of a reviewer: a qualifier that would lower or remove an information-sharing
 * finding must point at its words in the source. A reviewer built with {@code
 * allowUnlocatedSafeguards()} skips it; such a qualifier then lowers nothing and is reported on the
 * finding as an unverified safeguard.
 */
public final class UnlocatedSafeguards {
  private UnlocatedSafeguards() {}

  /**
   * @param records the records about to be reviewed
   * @throws ReviewException naming the record, the outcome and the qualifier, for the first one
   *     found
   */
  public static void check(Collection<ForumRecord> records) {
    // Runs before every review: read the model directly rather than build every outcome's context.
    for (ForumRecord record : records) {
      Map<String, Section> sections = new HashMap<>();
      record.getSections().forEach(section -> sections.put(section.getId(), section));
      for (Outcome outcome : record.getOutcomes()) {
        if (!outcome.hasSubject(Subjects.DATA_INFORMATION_SHARING)) {
          continue;
        }
        check(record, outcome, outcome.getQualifiers(), QualifierScope.OUTCOME);
        Section section = sections.get(outcome.getSection());
        if (section != null) {
          check(record, outcome, section.getQualifiers(), QualifierScope.SECTION);
        }
        check(record, outcome, record.getQualifiers(), QualifierScope.STATEMENT);
      }
    }
  }

  private static void check(
      ForumRecord record, Outcome outcome, List<Qualifier> qualifiers, QualifierScope scope) {
    for (Qualifier qualifier : qualifiers) {
      boolean lowers =
          qualifier.getKind() == QualifierKind.DOMESTIC_LAW
              || qualifier.getKind().isSpecificSafeguard();
      if (lowers && qualifier.getLocation().isEmpty()) {
        throw new ReviewException(
            record.getId()
                + ": outcome "
                + outcome.getId()
                + ": the "
                + qualifier.getKind()
                + " qualifier \""
                + qualifier.getText()
                + "\" stated on its "
                + scope.name().toLowerCase(Locale.ROOT)
                + " has no location in the source, so it"
                + " cannot lower or remove CBCF-INFO-002: give the location of its words, or review with"
                + " --allow-unlocated-safeguards (allowUnlocatedSafeguards()) to report it as an"
                + " unverified safeguard",
            null,
            record.getId(),
            outcome.getId(),
            null);
      }
    }
  }
}
