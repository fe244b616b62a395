package io.github.cbcf.rules;

import io.github.cbcf.Problem;
import io.github.cbcf.model.io.InvalidRecordException;
import io.github.cbcf.model.io.ValueReader;
import io.github.cbcf.rules.internal.EntryLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A waiver file: findings a reviewer accepted, each until a date. Applying it to reports marks the
 * findings it covers {@link FindingStatus#WAIVED} (they stay in every report, with the reason, and
 * do not count as raised); a waiver past its date is shown on its finding but no longer waives, and
 * a waiver that matches no finding is stale. Both come back as warnings.
 *
 * <pre>{@code
 * Waivers waivers = Waivers.read(Path.of("records/cbcf-waivers.yaml"));
 * WaiverResult result = waivers.apply(List.of(report), LocalDate.now());
 * result.getWarnings().forEach(w -> System.err.println("warning: " + w));
 * }</pre>
 */
public final class Waivers {
  /** The name of the waiver file looked for next to the records reviewed. */
  public static final String FILE_NAME = "cbcf-waivers.yaml";

  private static final Waivers NONE = new Waivers("", List.of(), List.of());

  private final String file;
  private final List<Waiver> waivers;
  private final List<Integer> lines;

  private Waivers(String file, List<Waiver> waivers, List<Integer> lines) {
    this.file = file;
    this.waivers = List.copyOf(waivers);
    this.lines = List.copyOf(lines);
  }

  /**
   * @return no waivers at all
   */
  public static Waivers none() {
    return NONE;
  }

  /**
   * @param file the name to give in warnings
   * @param waivers the waivers
   * @return those waivers
   */
  public static Waivers of(String file, List<Waiver> waivers) {
    return new Waivers(file, waivers, List.of());
  }

  /**
   * Reads a waiver file ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @param file the file
   * @return its waivers
   * @throws WaiverException listing every problem of the file (unknown keys, missing reason or
   *     approval, a date not written YYYY-MM-DD, ...), each with line and column
   */
  public static Waivers read(Path file) {
    WaiverFile content;
    try {
      content = ValueReader.create().read(file, WaiverFile.class);
    } catch (InvalidRecordException e) {
      throw new WaiverException(e.getMessage(), e.getProblems());
    }
    List<Integer> lines;
    try {
      lines =
          EntryLines.of(
              Files.readString(file, StandardCharsets.UTF_8),
              "waivers",
              !file.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
    } catch (IOException e) {
      lines = List.of(); // it was read a moment ago; without lines, warnings give the entry's path
    }
    return new Waivers(file.toString(), content.getWaivers(), lines);
  }

  /**
   * @return the waivers, in file order
   */
  public List<Waiver> getWaivers() {
    return waivers;
  }

  /**
   * Applies the waivers to reports: each finding takes the first waiver that names it.
   *
   * @param reports the reports of the records the waivers are meant for
   * @param today the day of the review, against which expiry dates are compared
   * @return the reports with waived findings marked, and a warning per expired or stale waiver
   */
  public WaiverResult apply(List<ReviewReport> reports, LocalDate today) {
    boolean[] used = new boolean[waivers.size()];
    boolean[] expiredWarned = new boolean[waivers.size()];
    List<Problem> warnings = new ArrayList<>();
    List<ReviewReport> applied = new ArrayList<>();
    for (ReviewReport report : reports) {
      List<Finding> findings = new ArrayList<>();
      for (Finding finding : report.getFindings()) {
        int index = firstMatch(finding, report.getRecordId());
        if (index < 0) {
          findings.add(finding);
          continue;
        }
        used[index] = true;
        Waiver waiver = waivers.get(index);
        boolean expired = today.isAfter(waiver.getExpires());
        FindingWaiver shown =
            ImmutableFindingWaiver.builder()
                .reason(waiver.getReason())
                .approvedBy(waiver.getApprovedBy())
                .expires(waiver.getExpires())
                .expired(expired)
                .source(source(index))
                .build();
        Finding marked = ImmutableFinding.copyOf(finding).withWaiver(shown);
        if (!expired && finding.getStatus() == FindingStatus.RAISED) {
          marked = ImmutableFinding.copyOf(marked).withStatus(FindingStatus.WAIVED);
        }
        findings.add(marked);
        if (expired && !expiredWarned[index]) {
          expiredWarned[index] = true;
          warnings.add(
              warning(
                  index,
                  "waiver for "
                      + waiver.target()
                      + " expired on "
                      + waiver.getExpires()
                      + ": "
                      + finding.getRuleId()
                      + " on "
                      + report.getRecordId()
                      + " counts again; renew the waiver with a new date and approval, or remove"
                      + " it"));
        }
      }
      applied.add(ImmutableReviewReport.copyOf(report).withFindings(findings));
    }
    for (int i = 0; i < waivers.size(); i++) {
      if (!used[i]) {
        warnings.add(
            warning(
                i,
                "waiver for "
                    + waivers.get(i).target()
                    + " matches no finding in the records reviewed (stale): remove it, or check"
                    + " what it names against a current report"));
      }
    }
    warnings.sort(Comparator.naturalOrder());
    return new WaiverResult(applied, warnings);
  }

  private int firstMatch(Finding finding, String recordId) {
    for (int i = 0; i < waivers.size(); i++) {
      if (waivers.get(i).matches(finding, recordId)) {
        return i;
      }
    }
    return -1;
  }

  private int line(int index) {
    return index < lines.size() ? lines.get(index) : 0;
  }

  private String source(int index) {
    return line(index) > 0 ? file + ":" + line(index) : file + " waivers[" + index + "]";
  }

  private Problem warning(int index, String message) {
    return Problem.at(file, line(index), 0, "waivers[" + index + "]", message);
  }
}
