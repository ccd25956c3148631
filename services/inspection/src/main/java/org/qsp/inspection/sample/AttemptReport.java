package org.qsp.inspection.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.qsp.platform.errors.InvalidField;

/**
 * A visit that took no sample, as the phone reports it, normalized like a form (a replay is compared with this): the
 * pair could not sample ({@code CANNOT_SAMPLE} with its reason code) or the party refused (拒绝抽样: {@code REFUSAL}
 * with the refusal note and its witness).
 *
 * @param taskId       the task the pair came for (may be null)
 * @param samplingType what the visit was for (SUPERVISORY when not given)
 * @param reason       why they could not sample (CANNOT_SAMPLE only)
 * @param note         what happened; required for a refusal
 * @param witness      who witnessed the refusal (REFUSAL only, required)
 * @param location     where, when the phone had a fix (may be null)
 */
public record AttemptReport(Kind kind, SampledEnterprise enterprise, String taskId, SamplingType samplingType,
        CannotSampleReason reason, String note, String witness, Instant attemptedAt, List<String> inspectorIds,
        GeoPoint location) {

    public enum Kind {
        CANNOT_SAMPLE, REFUSAL
    }

    public AttemptReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(enterprise, "enterprise");
        if (attemptedAt == null) {
            throw new InvalidField("validation-failed", "attemptedAt", "attemptedAt is required");
        }
        attemptedAt = attemptedAt.truncatedTo(ChronoUnit.MILLIS);
        inspectorIds = SamplingForm.pair(inspectorIds);
        taskId = SamplingForm.code(taskId, "taskId");
        samplingType = samplingType == null ? SamplingType.SUPERVISORY : samplingType;
        note = Text.stripToNull(note);
        witness = Text.stripToNull(witness);
        if (kind == Kind.CANNOT_SAMPLE) {
            if (reason == null) {
                throw new InvalidField("validation-failed", "reason", "reason is required");
            }
            if (witness != null) {
                throw new InvalidField("validation-failed", "witness", "a witness belongs to a refusal");
            }
        } else {
            if (reason != null) {
                throw new InvalidField("validation-failed", "reason", "a reason code belongs to cannot-sample");
            }
            if (note == null) {
                throw new InvalidField("validation-failed", "note", "note (the refusal as it happened) is required");
            }
            if (witness == null) {
                throw new InvalidField("validation-failed", "witness", "witness is required");
            }
        }
    }
}
