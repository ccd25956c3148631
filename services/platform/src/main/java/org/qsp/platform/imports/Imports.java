package org.qsp.platform.imports;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qsp.platform.errors.DomainException;

/**
 * Bulk imports, whatever they import: the body is streamed to a temporary file as it arrives (never held in
 * memory), the job is recorded RUNNING and answered, and a worker reads the file line by line through the service's
 * {@link RowReader}, hands the valid rows to its {@link BatchWriter} in batches and records progress and refused rows
 * with every batch. A bad row never stops the rest. A worker stopped with its service ends its job FAILED; one killed
 * with its process leaves a heartbeat that goes stale, and the job then reads FAILED ({@link ImportJob#asOf}; a
 * periodic {@link #failStale} records it).
 */
public final class Imports implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final String name;
    private final ImportJobs jobs;
    private final ImportSettings settings;
    private final Clock clock;
    private final Semaphore running;
    private final ExecutorService workers;

    /** @param name what is imported, in thread and file names ({@code pool}, {@code registry}) */
    public Imports(String name, ImportJobs jobs, ImportSettings settings, Clock clock) {
        this.name = name;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
        this.running = new Semaphore(settings.maxConcurrent());
        this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "-import-", 0).factory());
    }

    /** Writes a batch of valid rows; returns how many it imported. */
    @FunctionalInterface
    public interface BatchWriter<T> {
        long write(List<T> batch);
    }

    /** A body without a byte: there is nothing to import. */
    public static final class EmptyImport extends DomainException {
        EmptyImport() {
            super(Kind.INVALID, "empty-import", "the body is empty: an import sends one row per line");
        }
    }

    /** Too many imports at once on this instance. */
    public static final class ImportsBusy extends DomainException {
        ImportsBusy(int max) {
            super(Kind.REJECTED, "imports-busy", max + " imports are running here; try again when one has ended");
        }
    }

    /**
     * Receives the body and starts the job. A body that cannot be read whole (not UTF-8, past the size limit, cut
     * off) fails the request with its {@link IOException} and starts nothing; an empty body is refused (400
     * {@code empty-import}); a received body that finds no free slot: 422 {@code imports-busy}.
     *
     * @param rows    the reader of this job's lines (one per job)
     * @param writer  writes each batch of valid rows
     * @return the RUNNING job
     */
    public <T> ImportJob start(String requestedBy, String region, ImportFormat format, InputStream body,
            RowReader<T> rows, BatchWriter<T> writer) throws IOException {
        Path file = Files.createTempFile("qsp-" + name + "-import-", "." + format.name().toLowerCase());
        boolean acquired = false;
        try {
            // the body is received (and so checked) before a slot is taken: a body that is refused for what it is
            // gets that answer whatever the load, as through the gateway, which reads it whole first
            long bytes = Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            if (bytes == 0) {
                throw new EmptyImport();
            }
            acquired = running.tryAcquire();
            if (!acquired) {
                throw new ImportsBusy(settings.maxConcurrent());
            }
            var now = clock.instant();
            ImportJob job = new ImportJob("JB-" + UUID.randomUUID(), requestedBy, region, format.name(),
                    ImportJob.Status.RUNNING, 0, 0, 0, List.of(), bytes, 0, now, now, null, null);
            jobs.insert(job);
            Path spooled = file;
            workers.submit(() -> run(job, spooled, rows, writer));
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

    /** The job as it reads now (a RUNNING one whose worker died reads FAILED). */
    public Optional<ImportJob> find(String id) {
        return jobs.find(id).map(job -> job.asOf(clock.instant(), settings.staleAfter()));
    }

    /** Marks FAILED the jobs whose worker died (what a periodic sweep calls). */
    public int failStale() {
        return jobs.failStale(clock.instant().minus(settings.staleAfter()));
    }

    private <T> void run(ImportJob job, Path file, RowReader<T> rows, BatchWriter<T> writer) {
        long[] bytes = {0};
        long line = 0;
        long rowsDone = 0;
        long imported = 0;
        long errorCount = 0;
        List<T> batch = new ArrayList<>(settings.batchSize());
        List<ImportJob.RowError> batchErrors = new ArrayList<>();
        long batchErrorCount = 0;
        try (InputStream in = counting(Files.newInputStream(file), bytes);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                RowReader.Row<T> row = rows.read(line, text);
                if (row == null) {
                    continue;
                }
                rowsDone++;
                if (row.value() != null) {
                    batch.add(row.value());
                } else {
                    batchErrorCount++;
                    long room = ImportJob.MAX_ERRORS - errorCount - batchErrors.size();
                    if (room > 0) {
                        batchErrors.addAll(row.errors().subList(0, (int) Math.min(row.errors().size(), room)));
                    }
                }
                if (batch.size() + batchErrorCount >= settings.batchSize()) {
                    imported += flush(batch, writer);
                    errorCount += batchErrors.size();
                    jobs.progress(job.id(), rowsDone, imported, bytes[0], batchErrorCount, batchErrors,
                            clock.instant());
                    batchErrors.clear();
                    batchErrorCount = 0;
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
            imported += flush(batch, writer);
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
            log.warn("{} import {} failed at line {}: {}", name, job.id(), line, e.toString());
            try {
                jobs.finish(job.id(), ImportJob.Status.FAILED, "failed at line " + line + ": " + e.getMessage(),
                        clock.instant());
            } catch (RuntimeException storeAway) {
                log.warn("{} import {} could not be marked failed (it will read FAILED when stale): {}", name,
                        job.id(), storeAway.toString());
            }
        } finally {
            delete(file);
            running.release();
        }
    }

    private static <T> long flush(List<T> batch, BatchWriter<T> writer) {
        if (batch.isEmpty()) {
            return 0;
        }
        long written = writer.write(List.copyOf(batch));
        batch.clear();
        return written;
    }

    /** Stops the workers (their jobs end FAILED); for the service's shutdown. */
    @Override
    public void close() {
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
