package org.qsp.inspection.pool;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.DomainException;
import org.qsp.platform.errors.NotFound;

/**
 * Bulk imports: the body is streamed to a temporary file as it arrives (never held in memory), the job is recorded
 * RUNNING and answered, and a worker reads the file line by line, upserting the valid rows in batches and recording
 * progress and refused rows with every batch. A worker stopped with its service ends its job FAILED; one killed with
 * its process leaves a heartbeat that goes stale, and the job then reads FAILED ({@link ImportJob#asOf}).
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final EnterprisePool pool;
    private final ImportJobs jobs;
    private final PoolProperties properties;
    private final Clock clock;
    private final Semaphore running;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("pool-import-", 0).factory());

    public ImportService(EnterprisePool pool, ImportJobs jobs, PoolProperties properties, Clock clock) {
        this.pool = pool;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        this.running = new Semaphore(properties.maxConcurrent());
    }

    /** A body without a byte: there is nothing to import. */
    public static final class EmptyImport extends DomainException {
        EmptyImport() {
            super(Kind.INVALID, "empty-import", "the body is empty: an import sends one enterprise per line");
        }
    }

    /** Too many imports at once on this instance. */
    public static final class ImportsBusy extends DomainException {
        ImportsBusy(int max) {
            super(Kind.REJECTED, "imports-busy", max + " imports are running here; try again when one has ended");
        }
    }

    /**
     * Receives the body and starts the job. The caller must be a regulator with a region; rows outside their area
     * are refused per row. A body that cannot be read whole (not UTF-8, past the size limit, cut off) fails the
     * request with its {@link IOException} and starts nothing; an empty body is refused (400 {@code empty-import}); a
     * received body finds no free slot: 422 {@code imports-busy}.
     *
     * @return the RUNNING job
     */
    public ImportJob start(Caller caller, ImportFormat format, InputStream body) throws IOException {
        String region = caller.requireRegion();
        Path file = Files.createTempFile("qsp-pool-import-", "." + format.name().toLowerCase());
        boolean acquired = false;
        try {
            // the body is received (and so checked) before a slot is taken: a body that is refused for what it is
            // gets that answer whatever the load, as through the gateway, which reads it whole first
            long bytes = Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (bytes == 0) {
                throw new EmptyImport();
            }
            acquired = running.tryAcquire();
            if (!acquired) {
                throw new ImportsBusy(properties.maxConcurrent());
            }
            var now = clock.instant();
            ImportJob job = new ImportJob("JB-" + UUID.randomUUID(), caller.subject(), region, format.name(),
                    ImportJob.Status.RUNNING, 0, 0, 0, List.of(), bytes, 0, now, now, null, null);
            jobs.insert(job);
            Path spooled = file;
            workers.submit(() -> run(job, format, spooled, caller));
            file = null;
            return job;
        } finally {
            if (file != null) {
                delete(file);
                if (acquired) {
                    running.release();
                }
            }
        }
    }

    public ImportJob get(Caller caller, String id) {
        ImportJob job = jobs.find(id).filter(j -> caller.supervises(j.region()))
                .orElseThrow(() -> new NotFound("import job", id));
        return job.asOf(clock.instant(), properties.staleAfter());
    }

    /** Marks FAILED the jobs whose worker died (what a periodic sweep calls). */
    public int failStale() {
        return jobs.failStale(clock.instant().minus(properties.staleAfter()));
    }

    private void run(ImportJob job, ImportFormat format, Path file, Caller caller) {
        ImportRows rows = new ImportRows(format, caller::supervises);
        long[] bytes = {0};
        long line = 0;
        long rowsDone = 0;
        long imported = 0;
        long errorCount = 0;
        List<PoolEnterprise> batch = new ArrayList<>(properties.batchSize());
        List<ImportJob.RowError> batchErrors = new ArrayList<>();
        long batchErrorCount = 0;
        try (InputStream in = counting(Files.newInputStream(file), bytes);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                ImportRows.Row row = rows.read(line, text);
                if (row == null) {
                    continue;
                }
                rowsDone++;
                if (row.enterprise() != null) {
                    batch.add(row.enterprise());
                } else {
                    batchErrorCount++;
                    if (errorCount + batchErrors.size() < ImportJob.MAX_ERRORS) {
                        batchErrors.addAll(row.errors().subList(0,
                                (int) Math.min(row.errors().size(), ImportJob.MAX_ERRORS - errorCount
                                        - batchErrors.size())));
                    }
                }
                if (batch.size() + batchErrorCount >= properties.batchSize()) {
                    imported += flush(batch);
                    errorCount += batchErrors.size();
                    jobs.progress(job.id(), rowsDone, imported, bytes[0], batchErrorCount, batchErrors, clock.instant());
                    batchErrors.clear();
                    batchErrorCount = 0;
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
            imported += flush(batch);
            jobs.progress(job.id(), rowsDone, imported, job.bytesTotal(), batchErrorCount, batchErrors,
                    clock.instant());
            jobs.finish(job.id(), ImportJob.Status.DONE, null, clock.instant());
        } catch (InterruptedException e) {
            jobs.finish(job.id(), ImportJob.Status.FAILED, "interrupted: the service stopped; send the file again",
                    clock.instant());
        } catch (IllegalArgumentException e) {
            jobs.progress(job.id(), rowsDone, imported, bytes[0], 1,
                    List.of(new ImportJob.RowError(line, "", "bad-header", e.getMessage())), clock.instant());
            jobs.finish(job.id(), ImportJob.Status.FAILED, e.getMessage(), clock.instant());
        } catch (IOException | RuntimeException e) {
            log.warn("import {} failed at line {}: {}", job.id(), line, e.toString());
            try {
                jobs.finish(job.id(), ImportJob.Status.FAILED, "failed at line " + line + ": " + e.getMessage(),
                        clock.instant());
            } catch (RuntimeException storeAway) {
                log.warn("import {} could not be marked failed (it will read FAILED when stale): {}", job.id(),
                        storeAway.toString());
            }
        } finally {
            delete(file);
            running.release();
        }
    }

    private int flush(List<PoolEnterprise> batch) {
        int size = batch.size();
        if (size > 0) {
            var now = clock.instant();
            pool.upsertAll(batch.stream().map(e -> new PoolEnterprise(e.uscc(), e.name(), e.region(), e.categories(),
                    e.status(), e.riskClass(), now)).toList());
            batch.clear();
        }
        return size;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private static InputStream counting(InputStream in, long[] count) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count[0] += n;
                }
                return n;
            }
        };
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", file, e.toString());
        }
    }
}
