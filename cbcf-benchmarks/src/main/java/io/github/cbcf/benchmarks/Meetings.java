package io.github.cbcf.benchmarks;

import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Orientation;
import io.github.cbcf.model.Outcome;
import io.github.cbcf.model.Subjects;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.io.RecordFormat;
import io.github.cbcf.model.io.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The records the benchmarks and the differential test review: the 2024 forum record, batches of
 * generated meetings of {@value #MIN_OUTCOMES} to {@value #MAX_OUTCOMES} outcomes, meetings rich in
 * the subjects the rules look for, and meetings built to exercise the data-flow join. Everything
 * generated comes from the model's seeded {@link RecordGenerator}: the same seed gives the same
 * records.
 */
public final class Meetings {
  /** The seed the benchmarks use, so that every run reviews the same records. */
  public static final long SEED = 20240711L;

  /** The fewest outcomes of a generated meeting in a batch (the last one may hold fewer). */
  public static final int MIN_OUTCOMES = 20;

  /** The most outcomes of a generated meeting in a batch. */
  public static final int MAX_OUTCOMES = 50;

  /** The subjects some built-in rule looks for; dense records draw only from these. */
  static final List<String> RULE_SUBJECTS =
      List.of(
          Subjects.DATA_CROSS_BORDER_FLOW,
          Subjects.DATA_SENSITIVE_PERSONAL,
          Subjects.DATA_INFORMATION_SHARING,
          Subjects.REGISTRY_FOREIGN_AGENTS,
          Subjects.CRIME_HUMAN_SMUGGLING,
          Subjects.INTELLIGENCE_GATHERING,
          Subjects.ACCESS_COMMUNICATIONS_CONTENT,
          Subjects.CSAM_AI_GENERATED,
          Subjects.TECH_AI,
          Subjects.FRAUD_ELDER,
          Subjects.FRAUD_ROMANCE,
          Subjects.HATE_CRIMES,
          Subjects.HATE_ONLINE,
          Subjects.ELECTIONS_INTERFERENCE,
          Subjects.SECURITY_INSIDER_THREAT,
          Subjects.SECURITY_TRADE_SECRETS,
          Subjects.CRIME_FENTANYL,
          Subjects.ASSETS_FREEZING_FORFEITURE,
          Subjects.PRIVATE_SECTOR_DISCLOSURE,
          Subjects.INTELLIGENCE_SHARING,
          Subjects.TRAVEL_PASSENGER_DATA,
          Subjects.DATA_BIOMETRICS,
          Subjects.TRAVEL_WATCH_LISTS,
          Subjects.OFFENDERS_TRAVEL_NOTIFICATION,
          Subjects.ACCESS_ENCRYPTED_DATA,
          Subjects.ONLINE_DISINFORMATION,
          Subjects.SECURITY_RESEARCH,
          Subjects.CRIME_PRECURSOR_CHEMICALS,
          Subjects.DATA_SENSITIVE_CATEGORIES,
          Subjects.JUSTICE_MUTUAL_LEGAL_ASSISTANCE,
          Subjects.JUSTICE_EXTRADITION,
          Subjects.JUSTICE_JOINT_OPERATIONS,
          Subjects.COOPERATION_LAW_ENFORCEMENT);

  private Meetings() {}

  /**
   * @return the 2024 forum record, as shipped in cbcf-examples
   */
  public static ForumRecord cbcf2024() {
    try (InputStream in = Meetings.class.getResourceAsStream("cbcf-2024.yaml")) {
      if (in == null) {
        throw new IllegalStateException(
            "cbcf-2024.yaml is not on the classpath: build cbcf-benchmarks with Maven,"
                + " which copies it from cbcf-examples/records");
      }
      return RecordReader.create().read(in, "cbcf-2024.yaml", RecordFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generated meetings holding exactly the given number of outcomes between them, each meeting with
   * {@value #MIN_OUTCOMES} to {@value #MAX_OUTCOMES} outcomes (the last may hold fewer) and its own
   * id.
   *
   * @param seed the seed
   * @param outcomes how many outcomes in all
   * @return the meetings
   */
  public static List<ForumRecord> random(long seed, int outcomes) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ForumRecord> records = new ArrayList<>();
    for (int left = outcomes; left > 0; ) {
      int size = Math.min(left, MIN_OUTCOMES + random.nextInt(MAX_OUTCOMES - MIN_OUTCOMES + 1));
      records.add(renamed(RecordGenerator.record(random, size), records.size()));
      left -= size;
    }
    return records;
  }

  /**
   * Meetings built for the join of CBCF-DATA-002 (and the collect of CBCF-REG-001): in each, one
   * outcome protects sensitive personal data, every other one is about cross-border data flow or
   * foreign-agent registries, turn about. Each meeting thus gives about {@code outcomesPerMeeting /
   * 2} pairs; a join that ignored the meeting would instead pair every data-flow outcome with every
   * personal-data outcome of the batch.
   *
   * @param seed the seed
   * @param meetings how many meetings
   * @param outcomesPerMeeting how many outcomes each, at least 2
   * @return the meetings
   */
  public static List<ForumRecord> dataFlowJoin(long seed, int meetings, int outcomesPerMeeting) {
    if (outcomesPerMeeting < 2) {
      throw new IllegalArgumentException(
          "a join needs at least 2 outcomes a meeting, got " + outcomesPerMeeting);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<ForumRecord> records = new ArrayList<>(meetings);
    for (int m = 0; m < meetings; m++) {
      ForumRecord record = RecordGenerator.record(random, outcomesPerMeeting);
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < record.getOutcomes().size(); i++) {
        String subject =
            i == 0
                ? Subjects.DATA_SENSITIVE_PERSONAL
                : i % 2 == 1 ? Subjects.DATA_CROSS_BORDER_FLOW : Subjects.REGISTRY_FOREIGN_AGENTS;
        outcomes.add(
            new Outcome.Builder()
                .from(record.getOutcomes().get(i))
                .subjects(List.of(subject))
                .build());
      }
      records.add(new ForumRecord.Builder().from(record).id(id(m)).outcomes(outcomes).build());
    }
    return records;
  }

  /**
   * Gives every outcome of a record 0 to 3 subjects drawn only from those the built-in rules look
   * for, so that rules that need two subjects together, or two outcomes of one meeting, fire often;
   * one outcome in four is given an orientation (forward, ongoing, past or background).
   *
   * @param random the source of randomness
   * @param record a record
   * @return the same record with its outcomes' subjects redrawn
   */
  public static ForumRecord ruleDense(SplittableRandom random, ForumRecord record) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome outcome : record.getOutcomes()) {
      List<String> pool = new ArrayList<>(RULE_SUBJECTS);
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
      }
      Outcome.Builder redrawn =
          new Outcome.Builder().from(outcome).subjects(pool.subList(0, count));
      // One outcome in four gets an orientation, so that rules skipping retrospective outcomes are
      // compared too.
      if (random.nextInt(4) == 0) {
        redrawn.orientation(Orientation.values()[random.nextInt(Orientation.values().length)]);
      }
      outcomes.add(redrawn.build());
    }
    return new ForumRecord.Builder().from(record).outcomes(outcomes).build();
  }

  /**
   * @param record a record
   * @param index its place in a batch
   * @return the same record, with an id no other record of the batch has
   */
  public static ForumRecord renamed(ForumRecord record, int index) {
    return new ForumRecord.Builder().from(record).id(id(index)).build();
  }

  /**
   * @param records some records
   * @return how many outcomes they hold between them
   */
  public static int outcomesOf(List<ForumRecord> records) {
    return records.stream().mapToInt(r -> r.getOutcomes().size()).sum();
  }

  private static String id(int index) {
    return String.format(Locale.ROOT, "meeting-%07d", index);
  }
}
