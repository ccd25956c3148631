package org.qsp.platform.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A bulk import: who started it for which region, how far it got (rows and bytes), the first rows it refused (at
 * most {@link #MAX_ERRORS}, with the count of all), and its status. A RUNNING job's worker writes {@code heartbeatAt}
 * with every batch; a job whose heartbeat is older than the configured staleness (its worker died with its process)
 * reads FAILED. Each service keeps its jobs in its own collection ({@link MongoImportJobs}).
 */
public record ImportJob(@Id String id, String requestedBy, String region, String format, Status status,
        long rowsDone, long rowsImported, long errorCount, List<RowError> errors, long bytesTotal, long bytesDone,
        Instant startedAt, Instant heartbeatAt, Instant finishedAt, String failure) {

    public static final int MAX_ERRORS = 1000;

    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** A refused row: its line in the body (from 1), the field, a stable code and what is wrong. */
    public record RowError(long row, String field, String code, String message) {
    }

    public ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The job as it should be read at {@code now}: a RUNNING job without a heartbeat for {@code stale} is FAILED. */
    public ImportJob asOf(Instant now, Duration stale) {
        if (status == Status.RUNNING && heartbeatAt.plus(stale).isBefore(now)) {
            return new ImportJob(id, requestedBy, region, format, Status.FAILED, rowsDone, rowsImported, errorCount,
                    errors, bytesTotal, bytesDone, startedAt, heartbeatAt, heartbeatAt, MongoImportJobs.INTERRUPTED);
        }
        return this;
    }

    public double rowsPerSecond(Instant now) {
        Instant end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return rowsDone / seconds;
    }

    /** The time still needed at the bytes-per-second rate so far; null once it ended, or before a first batch. */
    public Duration eta(Instant now) {
        if (status != Status.RUNNING || bytesDone == 0) {
            return null;
        }
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        double rate = bytesDone / seconds;
        return Duration.ofMillis((long) ((bytesTotal - bytesDone) / rate * 1000));
    }
}
