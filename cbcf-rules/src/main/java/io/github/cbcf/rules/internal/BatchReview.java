package io.github.cbcf.rules.internal;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.rules.ReviewReport;
import io.github.cbcf.rules.facts.Escalation;
import io.github.cbcf.rules.facts.Flag;
import io.github.cbcf.rules.facts.Suppression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;

/**
 * Runs the rule sets over a batch of records in chunks of whole records, so that no session holds
 * the whole batch: a session's facts and matches then stay small enough for young collections and
 * the caches, and the cost per outcome does not grow with the batch. With the built-in rules alone,
 * each chunk's reports are built before the next chunk runs, so what the rules emitted is never
 * held for the whole batch either.
 *
 * <p>Only the built-in rules, which join outcomes of one record and never across records, run chunk
 * by chunk. A user's rules may compare records, so they run afterwards in one session over the
 * whole batch, seeing every built-in flag, exactly as without chunks.
 */
public final class BatchReview {
  /**
   * About how many outcomes a chunk holds; a record is never split. Measured in cbcf-benchmarks'
   * BatchBenchmark: from about 10⁴ outcomes a session, the time per outcome grows.
   */
  public static final int OUTCOMES_PER_CHUNK = 1_000;

  /**
   * Overrides {@link #OUTCOMES_PER_CHUNK} when a reviewer is built (for comparisons in
   * cbcf-benchmarks; a very large value reviews a batch in one session, as before chunking).
   */
  public static final String CHUNK_PROPERTY = "cbcf.rules.outcomesPerChunk";

  private final SessionRunner sessions;
  private final List<KieBase> ruleSets;
  private final int outcomesPerChunk;

  /**
   * @param sessions runs the sessions
   * @param ruleSets the built-in rules first, then the user's
   * @param outcomesPerChunk about how many outcomes a chunk holds, at least 1
   */
  public BatchReview(SessionRunner sessions, List<KieBase> ruleSets, int outcomesPerChunk) {
    if (outcomesPerChunk < 1) {
      throw new IllegalArgumentException("a chunk holds at least one outcome");
    }
    this.sessions = sessions;
    this.ruleSets = List.copyOf(ruleSets);
    this.outcomesPerChunk = outcomesPerChunk;
  }

  /**
   * @return {@link #OUTCOMES_PER_CHUNK}, or the value of {@link #CHUNK_PROPERTY}
   */
  public static int outcomesPerChunk() {
    return Integer.getInteger(CHUNK_PROPERTY, OUTCOMES_PER_CHUNK);
  }

  /**
   * @param records records with distinct ids
   * @return what the rules emitted over them
   * @throws io.github.cbcf.rules.ReviewException when a rule throws or rules fire past the limit,
   *     the firing limit counted per chunk of the built-in rules
   */
  public Emitted fire(Collection<ForumRecord> records) {
    List<List<ForumRecord>> chunks = chunks(records, outcomesPerChunk);
    if (chunks.size() <= 1) {
      return sessions.fire(ruleSets, records);
    }
    List<KieBase> builtIn = ruleSets.subList(0, 1);
    List<Flag> flags = new ArrayList<>();
    List<Escalation> escalations = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    for (List<ForumRecord> chunk : chunks) {
      Emitted emitted = sessions.fire(builtIn, chunk);
      flags.addAll(emitted.flags());
      escalations.addAll(emitted.escalations());
      suppressions.addAll(emitted.suppressions());
    }
    Emitted builtInEmitted = new Emitted(flags, escalations, suppressions);
    return ruleSets.size() == 1
        ? builtInEmitted
        : sessions.fire(ruleSets.subList(1, ruleSets.size()), records, builtInEmitted);
  }

  /**
   * Reviews records into one report each. With the built-in rules alone, each chunk's reports are
   * built as soon as its session has fired, so what the rules emitted never accumulates over the
   * whole batch; with a user's rules, which may join records, the reports are built once every rule
   * set has run over the batch.
   *
   * @param records records with distinct ids
   * @param findings builds the reports of records from what the rules emitted over them
   * @return one report per record, in the order given
   * @throws io.github.cbcf.rules.ReviewException as {@link #fire}
   */
  public List<ReviewReport> reports(Collection<ForumRecord> records, FindingAssembler findings) {
    if (ruleSets.size() > 1) {
      return findings.reports(records, fire(records));
    }
    List<ReviewReport> reports = new ArrayList<>(records.size());
    for (List<ForumRecord> chunk : chunks(records, outcomesPerChunk)) {
      reports.addAll(findings.reports(chunk, sessions.fire(ruleSets, chunk)));
    }
    return reports;
  }

  /**
   * Splits records, in order, into chunks of whole records of about {@code outcomesPerChunk}
   * outcomes each (a chunk closes once it reaches that many).
   *
   * @param records the records
   * @param outcomesPerChunk about how many outcomes a chunk holds
   * @return the chunks, in order
   */
  public static List<List<ForumRecord>> chunks(
      Collection<ForumRecord> records, int outcomesPerChunk) {
    List<List<ForumRecord>> chunks = new ArrayList<>();
    List<ForumRecord> chunk = new ArrayList<>();
    int outcomes = 0;
    for (ForumRecord record : records) {
      chunk.add(record);
      outcomes += record.getOutcomes().size();
      if (outcomes >= outcomesPerChunk) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        outcomes = 0;
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }
}
