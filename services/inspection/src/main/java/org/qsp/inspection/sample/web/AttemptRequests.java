package org.qsp.inspection.sample.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qsp.inspection.sample.AttemptReport;
import org.qsp.inspection.sample.CannotSampleReason;
import org.qsp.inspection.sample.GeoPoint;
import org.qsp.inspection.sample.SampledEnterprise;
import org.qsp.inspection.sample.SamplingType;

/** A visit that took no sample, as the phone sends it: could not sample, or refused. */
final class AttemptRequests {

    private AttemptRequests() {
    }

    /** 不得抽样: the reason code, and what the pair saw (optional). */
    record CannotSample(@NotNull @Valid SamplingFormRequest.Enterprise enterprise, Boolean usccCheckOverride,
            @Size(max = 64) String taskId, SamplingType samplingType, @NotNull CannotSampleReason reason,
            @Size(max = 2000) String note, @NotNull Instant attemptedAt,
            @NotNull @Size(min = 2, max = 2) List<@NotBlank @Size(max = 64) String> inspectorIds,
            @Valid SamplingFormRequest.Location location) {

        AttemptReport toReport() {
            return report(AttemptReport.Kind.CANNOT_SAMPLE, enterprise, usccCheckOverride, taskId, samplingType, reason,
                    note, null, attemptedAt, inspectorIds, location);
        }
    }

    /** 拒绝抽样: what the party said or did, and who witnessed it. */
    record Refusal(@NotNull @Valid SamplingFormRequest.Enterprise enterprise, Boolean usccCheckOverride,
            @Size(max = 64) String taskId, SamplingType samplingType, @NotBlank @Size(max = 2000) String note,
            @NotBlank @Size(max = 200) String witness, @NotNull Instant attemptedAt,
            @NotNull @Size(min = 2, max = 2) List<@NotBlank @Size(max = 64) String> inspectorIds,
            @Valid SamplingFormRequest.Location location) {

        AttemptReport toReport() {
            return report(AttemptReport.Kind.REFUSAL, enterprise, usccCheckOverride, taskId, samplingType, null, note,
                    witness, attemptedAt, inspectorIds, location);
        }
    }

    private static AttemptReport report(AttemptReport.Kind kind, SamplingFormRequest.Enterprise e,
            Boolean override, String taskId, SamplingType type, CannotSampleReason reason, String note,
            String witness, Instant at, List<String> inspectorIds, SamplingFormRequest.Location location) {
        return new AttemptReport(kind, new SampledEnterprise(e.uscc(), e.name(), e.region(), e.role(),
                Boolean.TRUE.equals(override)), taskId, type, reason, note, witness, at, inspectorIds,
                location == null ? null : new GeoPoint(location.lat(), location.lon(), location.accuracy()));
    }
}
