package org.qsp.credit.enterprise;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.complaint.ComplaintMediationConcluded;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.contracts.recall.RecallCompleted;
import org.qsp.contracts.recall.RecallInitiated;
import org.qsp.contracts.recall.RecallOverdue;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.credit.rules.RecordType;

/**
 * One fact on an enterprise's credit file. Its id is the source event's {@code ce_source/ce_id},
 * so a redelivered event maps to the record that already exists.
 *
 * <p>A record is stored {@code pending}; once its enterprise has counted it, it is marked counted
 * (see {@link CreditRecording}). Records stored before this flag existed have no such field and
 * read as counted.
 *
 * @param sourceType the CloudEvents type of the event it came from
 * @param sourceId   the id of what it is about (the sample, the rectification task)
 * @param occurredAt when it happened, as the source event says
 * @param recordedAt when this service first recorded it
 * @param pending    true from its insert until its enterprise has counted it; absent (null) in
 *                   records stored before the flag existed, which were all counted
 * @param endedAt    when it stopped counting (null: it counts); see {@link #ended}
 * @param endedBecause why it stopped counting, as the file shows it ("penalty revoked on 2026-12-04: …")
 */
@Document("records")
@CompoundIndex(name = "uscc_occurredAt", def = "{'uscc': 1, 'occurredAt': -1}")
public record CreditRecord(@Id String id, String uscc, RecordType type, String sourceType, String sourceId,
        Instant occurredAt, String description, Instant recordedAt, Boolean pending, Instant endedAt,
        String endedBecause) {

    /** The canonical form, as the store reads it: {@code endedAt} and {@code endedBecause} null while it counts. */
    @PersistenceCreator
    public CreditRecord {
    }

    /** A record that counts (not ended): what every source event makes. */
    public CreditRecord(String id, String uscc, RecordType type, String sourceType, String sourceId, Instant occurredAt,
            String description, Instant recordedAt, Boolean pending) {
        this(id, uscc, type, sourceType, sourceId, occurredAt, description, recordedAt, pending, null, null);
    }

    /** A final FAIL (sourceId = the sample; it occurred when the test concluded). */
    public static CreditRecord of(String id, String sourceType, SampleFinalized failed, Instant recordedAt) {
        RecordType type = failed.safetyRelated() ? RecordType.SAMPLE_FAILED_SAFETY : RecordType.SAMPLE_FAILED;
        String items = failed.failedItems().stream().map(SampleFailed.FailedItem::item)
                .collect(Collectors.joining(", "));
        String description = "sample " + failed.sampleId() + " of " + failed.product().name() + " failed"
                + (failed.safetyRelated() ? " on safety-related items" : "") + ": " + items + " (final: "
                + failed.basis().toLowerCase().replace('_', ' ') + ")";
        return new CreditRecord(id, failed.enterprise().uscc(), type, sourceType, failed.sampleId(),
                failed.concludedAt(), description, recordedAt, true);
    }

    /** A refused sampling (sourceId = the sample id the inspectors' phone gave it). */
    public static CreditRecord of(String id, String sourceType, SamplingRefused refused, Instant recordedAt) {
        String description = "refused to be sampled (sample " + refused.sampleId()
                + (refused.taskId() == null ? "" : ", task " + refused.taskId()) + "): " + refused.note();
        return new CreditRecord(id, refused.enterprise().uscc(), RecordType.SAMPLING_REFUSED, sourceType,
                refused.sampleId(), refused.refusedAt(), description, recordedAt, true);
    }

    public static CreditRecord of(String id, String sourceType, RectificationTaskOverdue overdue,
            Instant recordedAt) {
        String description = "rectification task " + overdue.taskId() + " passed its correction deadline "
                + overdue.correctionDeadline();
        return new CreditRecord(id, overdue.uscc(), RecordType.RECTIFICATION_OVERDUE, sourceType, overdue.taskId(),
                overdue.detectedAt(), description, recordedAt, true);
    }

    public static CreditRecord of(String id, String sourceType, ComplaintReportDecided decided, Instant recordedAt) {
        String description = "report " + decided.caseId() + " substantiated: " + decided.violation() + " ("
                + decided.legalBasis() + ")" + (decided.penaltyDecided() ? "; a penalty was decided" : "");
        return new CreditRecord(id, decided.respondent().uscc(), RecordType.REPORT_SUBSTANTIATED, sourceType,
                decided.caseId(), decided.decidedAt(), description, recordedAt, true);
    }

    /** A complaint's mediation outcome; null for outcomes that say nothing about the enterprise (withdrawn…). */
    public static CreditRecord of(String id, String sourceType, ComplaintMediationConcluded concluded,
            Instant recordedAt) {
        RecordType type = switch (concluded.outcome()) {
            case "SETTLED" -> RecordType.COMPLAINT_SETTLED;
            case "TESTING_DISAGREEMENT", "ABSENCE_OR_REFUSAL", "IMPASSE", "TIME_LIMIT" -> RecordType.COMPLAINT_UNRESOLVED;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        String description = "complaint " + concluded.caseId() + " (" + concluded.category() + ") mediation ended: "
                + concluded.outcome();
        return new CreditRecord(id, concluded.respondent().uscc(), type, sourceType, concluded.caseId(),
                concluded.concludedAt(), description, recordedAt, true);
    }

    /** A recall the regulator ordered (sourceId = the recall). */
    public static CreditRecord of(String id, String sourceType, RecallInitiated ordered, Instant recordedAt) {
        String classification = ordered.level() != null ? "food level " + ordered.level()
                : "risk " + ordered.riskLevel();
        String description = "recall " + ordered.recallId() + " of " + ordered.product().name() + " ordered ("
                + classification + (ordered.hazardType() == null ? "" : ", hazard " + ordered.hazardType())
                + ") after investigation " + ordered.investigationId();
        return new CreditRecord(id, ordered.producer().uscc(), RecordType.RECALL_ORDERED, sourceType,
                ordered.recallId(), ordered.initiatedAt(), description, recordedAt, true);
    }

    /** A deadline a recall missed (sourceId = the recall). */
    public static CreditRecord of(String id, String sourceType, RecallOverdue overdue, Instant recordedAt) {
        String due = overdue.dueDate() != null ? overdue.dueDate().toString() : overdue.dueAt().toString();
        String description = overdue.kind().toLowerCase() + " recall " + overdue.recallId() + " missed its "
                + overdue.deadline().toLowerCase().replace('_', ' ') + " deadline (" + due + ")";
        return new CreditRecord(id, overdue.producer().uscc(), RecordType.RECALL_OVERDUE, sourceType,
                overdue.recallId(), overdue.detectedAt(), description, recordedAt, true);
    }

    /** A completed voluntary recall, which says what came of it (sourceId = the recall). */
    public static CreditRecord of(String id, String sourceType, RecallCompleted completed, Instant recordedAt) {
        long handled = (long) completed.unitsRecovered() + completed.unitsRepaired() + completed.unitsReplaced()
                + completed.unitsRefunded();
        String percent = completed.completionRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        String description = "voluntary recall " + completed.recallId() + " of " + completed.product().name()
                + " completed: " + handled + " of " + completed.unitsAffected() + " affected units recovered, "
                + "repaired, replaced or refunded (" + percent + "); the enterprise recalled of its own accord";
        return new CreditRecord(id, completed.producer().uscc(), RecordType.RECALL_VOLUNTARY_COMPLETED, sourceType,
                completed.recallId(), completed.completedAt(), description, recordedAt, true);
    }

    /** A failed re-check after rectification, as its public notice says (sourceId = the rectification task). */
    public static CreditRecord of(String id, String sourceType, RectificationNoticePublished notice,
            Instant recordedAt) {
        String description = "re-check of rectification task " + notice.taskId() + " failed (sample "
                + notice.sampleId() + "): " + notice.failure() + "; public notice " + notice.noticeId() + " of "
                + notice.publishingRegion() + ", second re-check " + notice.secondRecheckFrom() + " to "
                + notice.secondRecheckBy();
        return new CreditRecord(id, notice.enterprise().uscc(), RecordType.RECHECK_FAILED, sourceType,
                notice.taskId(), notice.publishedAt(), description, recordedAt, true);
    }

    /**
     * Whether the record stopped counting (its penalty was revoked, its publication or list entry repaired, its list
     * entry ended): it stays on the file, worth 0 points, and {@code endedBecause} says why ("repaired on …").
     */
    public boolean ended() {
        return endedAt != null;
    }

    /** Whether the record says its enterprise has counted it. */
    public boolean counted() {
        return !Boolean.TRUE.equals(pending);
    }

    /**
     * Whether the record counts on its enterprise's file, whose ids in flight (counted there, not marked here yet)
     * are {@code inFlight}: not ended, and counted or in flight. The one definition: the file's points, the single
     * recount and the re-classification's batches all ask it.
     */
    public boolean countsWith(Collection<String> inFlight) {
        return !ended() && (counted() || inFlight.contains(id));
    }

    /** How many of these records of one enterprise count ({@link #countsWith}), by type. */
    public static Map<RecordType, Integer> tally(Collection<CreditRecord> records, Collection<String> inFlight) {
        Map<RecordType, Integer> byType = new EnumMap<>(RecordType.class);
        records.stream().filter(r -> r.countsWith(inFlight)).forEach(r -> byType.merge(r.type(), 1, Integer::sum));
        return byType;
    }
}
