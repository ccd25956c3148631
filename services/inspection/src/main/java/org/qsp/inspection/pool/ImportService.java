package org.qsp.inspection.pool;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.imports.Imports;

/**
 * Bulk imports of enterprises into the pool, on the platform's import machinery ({@link Imports}: the body spooled,
 * read line by line, valid rows upserted in batches, progress and refused rows with every batch, stale jobs FAILED).
 * This service says who may import what: a regulator with a region, rows outside its area refused per row.
 */
@Service
public class ImportService {

    /** The collection of the pool's import jobs (see the store's configuration). */
    public static final String JOBS = "pool_jobs";

    private final EnterprisePool pool;
    private final Clock clock;
    private final Imports imports;

    public ImportService(EnterprisePool pool, Imports imports, Clock clock) {
        this.pool = pool;
        this.clock = clock;
        this.imports = imports;
    }

    /**
     * Receives the body and starts the job (see {@link Imports#start}). The caller must be a regulator with a
     * region; rows outside their area are refused per row.
     *
     * @return the RUNNING job
     */
    public ImportJob start(Caller caller, ImportFormat format, InputStream body) throws IOException {
        String region = caller.requireRegion();
        return imports.start(caller.subject(), region, format, body, new ImportRows(format, caller::supervises),
                this::upsert);
    }

    public ImportJob get(Caller caller, String id) {
        return imports.find(id).filter(j -> caller.supervises(j.region()))
                .orElseThrow(() -> new NotFound("import job", id));
    }

    /** Marks FAILED the jobs whose worker died (what a periodic sweep calls). */
    public int failStale() {
        return imports.failStale();
    }

    private long upsert(List<PoolEnterprise> batch) {
        var now = clock.instant();
        pool.upsertAll(batch.stream().map(e -> new PoolEnterprise(e.uscc(), e.name(), e.region(), e.categories(),
                e.status(), e.riskClass(), now)).toList());
        return batch.size();
    }
}
