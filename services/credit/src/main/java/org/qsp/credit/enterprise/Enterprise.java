package org.qsp.credit.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.credit.rules.Assessment;
import org.qsp.credit.rules.Contribution;
import org.qsp.credit.rules.CreditRules;
import org.qsp.credit.rules.RecordType;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.region.Regions;

/**
 * An enterprise's credit standing, keyed by its USCC. It keeps a running tally: how many records
 * of each type count, and the score, class and explanation the rule table gives that tally. One
 * more record costs the same however many came before, and the document does not grow with them:
 * the explanation has a line per record type, and the records themselves stay in their own
 * collection. A class change raises {@code CreditClassChanged} in the same document write.
 *
 * <p>A record is counted once. A record that says it was counted is not counted again, and neither
 * is one whose id is {@code inFlight} here: counted in the tally, the record not marked yet (see
 * {@link CreditRecording}). So "the enterprise counts the record" equals "the record says so, or
 * its id is in flight here" after every single write, and the tally can always be derived from
 * the records again ({@link #recount}).
 */
@Document("enterprises")
@CompoundIndex(name = "region_score", def = "{'region': 1, 'score': 1, '_id': 1}")
@CompoundIndex(name = "region_class_score", def = "{'region': 1, 'riskClass': 1, 'score': 1, '_id': 1}")
public class Enterprise extends OutboxDocument {

    @Id
    private String uscc;
    private String name;
    /** The region of record: where its first registration placed it; a later claim never moves it. */
    private String region;
    /**
     * False while the region is only the one in the USCC (no event named a region yet); null in
     * documents written before the region of record existed, whose region stays as it is.
     */
    private Boolean regionOfRecord;
    private int score;
    /** The score before the floor and the ceiling (null in documents written before the bounds: the score). */
    private Integer unboundedScore;
    private RiskClass riskClass;
    /** The records counted, a line per type: the tally and the explanation of the score. */
    private List<Contribution> tally;
    /**
     * Ids of records counted in the tally whose record is not marked counted yet: the events being
     * handled right now, or one a crash interrupted until it is delivered again. Few, never history.
     */
    private List<String> inFlight = new ArrayList<>();
    private Instant assessedAt;
    /** The re-classification job that last re-scored it (and changed it), in the same write: a resumed job skips it. */
    private String reclassifiedBy;

    Enterprise() {
        // no tally: a document written before the tally existed reads without one (see tallied())
    }

    /**
     * An enterprise first seen, in the starting class. Until an event names its region, its region
     * is the one in its USCC (positions 3 to 8: where it was registered).
     */
    public static Enterprise open(String uscc, Assessment starting) {
        Enterprise enterprise = new Enterprise();
        enterprise.uscc = uscc;
        enterprise.region = uscc.substring(2, 8);
        enterprise.regionOfRecord = false;
        enterprise.score = starting.score();
        enterprise.riskClass = starting.riskClass();
        enterprise.unboundedScore = starting.unboundedScore();
        enterprise.tally = new ArrayList<>(starting.explanation());
        return enterprise;
    }

    /**
     * Keeps the name an event carried and, from the first event that names a region, that region
     * as the region of record (a region that is no GB/T 2260 place, such as 999999 or the national
     * 100000, leaves the USCC's in its place).
     * Later claims never move it: whether a claim conflicts is {@link #conflictsWith}. Null: the
     * event did not carry it.
     */
    public void describe(String newName, String claimedRegion) {
        if (newName != null) {
            name = newName;
        }
        if (claimedRegion != null && Boolean.FALSE.equals(regionOfRecord)) {
            if (Regions.placeProblem(claimedRegion).isEmpty()) {
                region = claimedRegion;
            }
            regionOfRecord = true;
        }
    }

    /** Whether an event that names this enterprise places it elsewhere than its region of record. */
    public boolean conflictsWith(String claimedRegion) {
        return claimedRegion != null && !claimedRegion.equals(region);
    }

    /**
     * Counts the record once: unless it says it was counted already (the event came before) or its
     * id is in flight here (counted, the record not marked yet). Its type's count goes up, the score
     * is reassessed with the rules, and its id stays in flight until {@link #settle}.
     */
    public void count(CreditRecord record, CreditRules rules, Instant at) {
        if (record.counted() || inFlight.contains(record.id())) {
            return;
        }
        inFlight.add(record.id());
        Map<RecordType, Integer> counted = countedByType();
        counted.merge(record.type(), 1, Integer::sum);
        reassess(rules.assess(counted), at);
    }

    /** The record says now that it was counted: its id need not be kept here any more. */
    public void settle(String recordId) {
        inFlight.remove(recordId);
    }

    /**
     * Takes the tally derived from the records themselves (see {@code CreditRecords.countedByType}):
     * the running tally is replaced, the score reassessed with the rules as they are now. When the
     * tally was right and the rules did not change, nothing changes.
     */
    public void recount(Map<RecordType, Integer> counted, CreditRules rules, Instant at) {
        reassess(rules.assess(counted), at);
    }

    /**
     * A re-classification job's re-scoring: {@link #recount} (the one assessment path) unless this job re-scored it
     * already. When the score, class or explanation moved, the job's id is kept in the same write, so that a resumed
     * job skips it and its {@code CreditClassChanged} is raised once; when nothing moved, nothing changes.
     */
    public void reclassify(String jobId, Map<RecordType, Integer> counted, CreditRules rules, Instant at) {
        if (reclassifiedBy(jobId)) {
            return;
        }
        int before = score;
        RiskClass classBefore = riskClass;
        List<Contribution> tallyBefore = tally;
        int unboundedBefore = unboundedScore();
        recount(counted, rules, at);
        if (before != score || classBefore != riskClass || !java.util.Objects.equals(tallyBefore, tally)
                || unboundedBefore != unboundedScore()) {
            reclassifiedBy = jobId;
        }
    }

    /** Whether that re-classification job re-scored (and changed) it. */
    public boolean reclassifiedBy(String jobId) {
        return jobId.equals(reclassifiedBy);
    }

    /** False for a document written before enterprises kept a tally: it must be recounted once. */
    public boolean tallied() {
        return tally != null;
    }

    /** How many records of each type are counted. */
    public Map<RecordType, Integer> countedByType() {
        Map<RecordType, Integer> counted = new EnumMap<>(RecordType.class);
        explanation().forEach(line -> counted.put(line.type(), line.records()));
        return counted;
    }

    /** What the record moved the score by: its type's points once it is counted, 0 while it is not (yet) or ended. */
    public int pointsOf(CreditRecord record) {
        if (!record.countsWith(inFlight)) {
            return 0;
        }
        return explanation().stream().filter(line -> line.type() == record.type()).mapToInt(Contribution::pointsEach)
                .findFirst().orElse(0);
    }

    /**
     * Takes a fresh assessment; when the class moved, raises {@code CreditClassChanged}. The same
     * assessment again changes nothing (not even {@code assessedAt}), so nothing is written.
     */
    private void reassess(Assessment assessment, Instant at) {
        if (tallied() && score == assessment.score() && riskClass == assessment.riskClass()
                && tally.equals(assessment.explanation()) && unboundedScore() == assessment.unboundedScore()) {
            return;
        }
        if (riskClass != assessment.riskClass()) {
            raise(new CreditClassChanged(uscc, riskClass.name(), assessment.riskClass().name(), assessment.score(),
                    at));
        }
        score = assessment.score();
        unboundedScore = assessment.unboundedScore();
        riskClass = assessment.riskClass();
        tally = new ArrayList<>(assessment.explanation());
        assessedAt = at;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public int score() {
        return score;
    }

    /**
     * The base score plus the points of every counted record, before the floor and the ceiling:
     * below {@link #score} when the floor held the score, above it when the ceiling did.
     */
    public int unboundedScore() {
        return unboundedScore == null ? score : unboundedScore;
    }

    public RiskClass riskClass() {
        return riskClass;
    }

    /** The records counted, a line per type, and what they moved the score by. */
    public List<Contribution> explanation() {
        return tally == null ? List.of() : List.copyOf(tally);
    }

    /** The ids of records counted here whose record is not marked counted yet (empty at rest). */
    public List<String> inFlight() {
        return List.copyOf(inFlight);
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    @Override
    public String toString() {
        return "Enterprise[" + uscc + " " + riskClass + " " + score + "]";
    }
}
