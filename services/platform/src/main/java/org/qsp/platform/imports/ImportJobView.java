package org.qsp.platform.imports;

import java.time.Instant;
import java.util.List;

/**
 * A job's progress as an API answers it: rows done and imported, the refused rows (capped, with the count of all),
 * the rate in rows per second and, while it runs, the {@code eta} as an ISO-8601 duration.
 */
public record ImportJobView(String jobId, String status, long rowsDone, long rowsImported, long errorCount,
        List<ImportJob.RowError> errors, double rowsPerSecond, String eta, Instant startedAt, Instant finishedAt,
        String failure) {

    public static ImportJobView of(ImportJob job, Instant now) {
        var eta = job.eta(now);
        return new ImportJobView(job.id(), job.status().name(), job.rowsDone(), job.rowsImported(), job.errorCount(),
                job.errors(), Math.round(job.rowsPerSecond(now) * 10) / 10.0, eta == null ? null : eta.toString(),
                job.startedAt(), job.finishedAt(), job.failure());
    }
}
