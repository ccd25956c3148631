package org.qsp.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The import jobs' store. */
public interface ImportJobs {

    void insert(ImportJob job);

    Optional<ImportJob> find(String id);

    /** Records a batch's progress and refused rows (the errors up to the bound), and the heartbeat. */
    void progress(String id, long rowsDone, long rowsImported, long bytesDone, long newErrorCount,
            List<ImportJob.RowError> newErrors, Instant at);

    /** Ends a RUNNING job (DONE or FAILED); a job already ended stays as it is. */
    void finish(String id, ImportJob.Status status, String failure, Instant at);

    /** Marks FAILED every RUNNING job whose heartbeat is older than {@code before}; how many. */
    int failStale(Instant before);
}
