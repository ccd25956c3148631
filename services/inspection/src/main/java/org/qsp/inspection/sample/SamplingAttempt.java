package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A visit recorded against a sample id that took no sample: the pair could not sample, or the party refused. It
 * uses the sample id the phone gave the visit, which no form may then use (and the other way round). Recorded once,
 * never changed; a refusal raises SamplingRefused in the same write (the outbox).
 */
@Document("sampling-attempts")
public class SamplingAttempt extends OutboxDocument {

    @Id
    private final String id;
    private final AttemptReport report;
    private final String recordedBy;
    private final Instant recordedAt;

    private SamplingAttempt(String id, AttemptReport report, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.report = report;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A visit recorded by one of its pair, at a time within the bounds a form's sampling time has. */
    public static SamplingAttempt record(SampleId id, AttemptReport report, String inspectorId, Instant now,
            TimeBounds bounds) {
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
        return attempt;
    }

    /** The same report again is a replay; another one is a conflict. */
    public void requireSameReport(AttemptReport sent) {
        if (!report.equals(sent)) {
            throw new SampleConflict(id, false);
        }
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
