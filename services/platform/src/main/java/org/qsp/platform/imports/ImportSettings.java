package org.qsp.platform.imports;

import java.time.Duration;

/**
 * How an import runs (each service binds its own typed configuration to this).
 *
 * @param batchSize     rows per bulk write (and per progress write)
 * @param staleAfter    a RUNNING job without a heartbeat for this long reads FAILED (its process died)
 * @param maxConcurrent imports running at once per instance; one more is refused with 422 {@code imports-busy}
 */
public record ImportSettings(int batchSize, Duration staleAfter, int maxConcurrent) {
}
