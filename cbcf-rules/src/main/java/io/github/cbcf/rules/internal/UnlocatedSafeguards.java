package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.QualifierKind;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.rules.ReviewException;
import io.github.cbcf.rules.facts.AppliedQualifier;
import io.github.cbcf.rules.facts.OutcomeInContext;
import java.util.Collection;
import java.util.Locale;

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
    for (ForumRecord record : records) {
      for (OutcomeInContext outcome : OutcomeInContext.allOf(record)) {
        if (!outcome.hasSubject(Subjects.DATA_INFORMATION_SHARING)) {
          continue;
        }
        for (AppliedQualifier qualifier : outcome.getQualifiers()) {
          boolean lowers =
              qualifier.getKind() == QualifierKind.DOMESTIC_LAW
                  || qualifier.getKind().isSpecificSafeguard();
          if (lowers && !qualifier.isLocated()) {
            throw new ReviewException(
                record.getId()
                    + ": outcome "
                    + outcome.getId()
                    + ": the "
                    + qualifier.getKind()
                    + " qualifier \""
                    + qualifier.getText()
                    + "\" stated on its "
                    + qualifier.getScope().name().toLowerCase(Locale.ROOT)
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
  }
}
