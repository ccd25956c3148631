package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A visit recorded against a sample id that took no sample: the pair could not sample, or the party refused. It
 * uses the sample id the phone gave the visit, which no form may then use (and the other way round). Recorded once,
 * never changed but for its task link (docs/adr/0022); a refusal raises SamplingRefused in the same write (the
 * outbox).
 */
@Document("sampling-attempts")
@CompoundIndex(def = "{'taskPending': 1}", sparse = true)
public class SamplingAttempt extends OutboxDocument {

    @Id
    private final String id;
    private final AttemptReport report;
    private final String recordedBy;
    private final Instant recordedAt;
    private TaskRef task;
    private Boolean taskPending;
    private Boolean taskConflict;

    private SamplingAttempt(String id, AttemptReport report, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.report = report;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A visit recorded by one of its pair, at a time within the bounds a form's sampling time has. */
    public static SamplingAttempt record(SampleId id, AttemptReport report, String inspectorId, Instant now,
            TimeBounds bounds) {
        return record(id, report, inspectorId, now, bounds, null);
    }

    /** {@link #record(SampleId, AttemptReport, String, Instant, TimeBounds)} of a visit for {@code task}. */
    public static SamplingAttempt record(SampleId id, AttemptReport report, String inspectorId, Instant now,
            TimeBounds bounds, TaskRef task) {
        bounds.requireNotInFuture(report.attemptedAt(), now, "attemptedAt");
        bounds.requireWithinHorizon(report.attemptedAt(), now, "attemptedAt");
        SamplingAttempt attempt = new SamplingAttempt(id.value(), report, inspectorId,
                now.truncatedTo(ChronoUnit.MILLIS));
        if (report.kind() == AttemptReport.Kind.REFUSAL) {
            SampledEnterprise party = report.enterprise();
            attempt.raise(new SamplingRefused(id.value(), report.taskId(),
                    new EnterpriseRef(party.uscc(), party.name(), party.region()), report.attemptedAt(),
                    report.samplingType().name(), report.note()));
        }
        attempt.task = task;
        attempt.taskPending = task == null ? null : Boolean.TRUE;
        return attempt;
    }

    /** The same report again is a replay; another one is a conflict. */
    public void requireSameReport(AttemptReport sent) {
        if (!report.equals(sent)) {
            throw new SampleConflict(id, false);
        }
    }

    /** What the visit did for its task. */
    public TaskOutcome outcome() {
        return report.kind() == AttemptReport.Kind.REFUSAL ? TaskOutcome.REFUSED : TaskOutcome.CANNOT_SAMPLE;
    }

    /**
     * Whether the visit closes its task: a refusal does, and so does a cannot-sample whose reason stays (the goods
     * are not for sale or for export only); a lot too small or goods marked trial, clearance or sample leave it
     * open for a later visit ({@link CannotSampleReason#permitsLaterVisit()}).
     */
    public boolean closesTask() {
        return report.kind() == AttemptReport.Kind.REFUSAL || !report.reason().permitsLaterVisit();
    }

    /** The task recorded this visit ({@code taken}), or another visit had closed it first. */
    public void taskRecorded(boolean taken) {
        taskPending = null;
        taskConflict = taken ? null : Boolean.TRUE;
    }

    public java.util.Optional<TaskRef> task() {
        return java.util.Optional.ofNullable(task);
    }

    public boolean taskPending() {
        return Boolean.TRUE.equals(taskPending);
    }

    public boolean taskConflict() {
        return Boolean.TRUE.equals(taskConflict);
    }

    public SampleId id() {
        return new SampleId(id);
    }

    public AttemptReport report() {
        return report;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
