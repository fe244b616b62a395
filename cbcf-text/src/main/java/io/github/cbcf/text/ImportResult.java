package io.github.cbcf.text;

import io.github.cbcf.model.ForumRecord;
import java.util.List;
import java.util.Objects;

/**
 * What an import gives: a draft record, for a person to check and correct, and the warnings about
 * what the import could not decide.
 */
public final class ImportResult {
  private final ForumRecord record;
  private final List<ImportWarning> warnings;

  ImportResult(ForumRecord record, List<ImportWarning> warnings) {
    this.record = Objects.requireNonNull(record, "record");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * @return the draft record; every value the import assigned carries its evidence
   */
  public ForumRecord getRecord() {
    return record;
  }

  /**
   * @return the warnings, in the order of the text
   */
  public List<ImportWarning> getWarnings() {
    return warnings;
  }
}
