package io.github.cbcf.text.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.text.ImportWarning;
import java.util.List;

/** The import's output before it is handed to the caller: the draft record and the warnings. */
public final class Draft {
  private final ForumRecord record;
  private final List<ImportWarning> warnings;

  Draft(ForumRecord record, List<ImportWarning> warnings) {
    this.record = record;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * @return the draft record
   */
  public ForumRecord record() {
    return record;
  }

  /**
   * @return the warnings
   */
  public List<ImportWarning> warnings() {
    return warnings;
  }
}
