package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.util.List;

import org.qsp.inspection.sample.AttemptReport;
import org.qsp.inspection.sample.CannotSampleReason;
import org.qsp.inspection.sample.SamplingAttempt;
import org.qsp.inspection.sample.SamplingType;

/** A visit that took no sample, as recorded. */
record AttemptView(String sampleId, AttemptReport.Kind kind, String uscc, String enterpriseName, String region,
        String taskId, SamplingType samplingType, CannotSampleReason reason, String note, String witness,
        Instant attemptedAt, List<String> inspectorIds, String recordedBy, Instant recordedAt) {

    static AttemptView of(SamplingAttempt attempt) {
        AttemptReport r = attempt.report();
        return new AttemptView(attempt.id().value(), r.kind(), r.enterprise().uscc(), r.enterprise().name(),
                r.enterprise().region(), r.taskId(), r.samplingType(), r.reason(), r.note(), r.witness(),
                r.attemptedAt(), r.inspectorIds(), attempt.recordedBy(), attempt.recordedAt());
    }
}
