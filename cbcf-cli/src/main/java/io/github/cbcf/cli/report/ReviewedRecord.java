package io.github.cbcf.cli.report;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Section;
import io.github.cbcf.rules.Finding;
import io.github.cbcf.rules.ReviewReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record file as reviewed: where it was read from, the record and its report.
 *
 * @param file the file, as the user named it
 * @param record the record
 * @param report the review's report
 */
public record ReviewedRecord(String file, ForumRecord record, ReviewReport report) {

  /** @return the findings grouped by the section of their first outcome, in the record's section order */
  public Map<Section, List<Finding>> findingsBySection() {
    Map<Section, List<Finding>> grouped = new LinkedHashMap<>();
    record.getSections().forEach(section -> grouped.put(section, new ArrayList<>()));
    for (Finding finding : report.getFindings()) {
      Section section = record.findSection(finding.getSection()).orElseThrow();
      grouped.get(section).add(finding);
    }
    grouped.values().removeIf(List::isEmpty);
    return grouped;
  }

  /** @return a one-line title: forum, place, date and record id */
  public String title() {
    return record.getForum() + ", " + record.getPlace() + ", " + record.getDate() + " (" + record.getId() + ")";
  }
}
