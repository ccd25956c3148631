package org.qsp.infra.local;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.qsp.infra.mongo.PinnedH2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend of mongo-java-server with durable acknowledgements: a command that may write returns, and so its
 * reply goes out, only after its changes are in a committed chunk of the MVStore file ({@link MVStore#commit()})
 * that is forced to the device ({@link MVStore#sync()}, which is {@code FileChannel.force(true)}).
 * <ul>
 * <li>The hook: mongo-java-server answers every command (OP_MSG, and OP_QUERY on {@code $cmd}) through
 * {@link #handleCommand}, synchronously, on the connection's Netty event loop, and writes the reply only after that
 * returns. Read-only commands (a fixed list, and {@code aggregate} without {@code $out}/{@code $merge}) pass straight
 * through; anything else counts as a write.</li>
 * <li>Group commit: each finished write takes a ticket; one waiting writer at a time (the leader) commits and syncs
 * for every write finished so far, the others find their ticket covered and return. Writes that finish while a
 * leader syncs share the next commit.</li>
 * <li>No commit stores half a command: writes hold the shared side of a gate while they run, a commit takes the
 * exclusive side for the snapshot and the write to the file (not for the sync), and the store is opened with
 * H2's auto-commit off, so H2 never commits on its own.</li>
 * <li>With auto-commit off, H2's background compaction is off too: a maintenance thread rewrites the live pages of
 * sparse chunks once a second (at most 1 MB) and commits them the same way, so the file stays near its live size.
 * Every commit is synced, so dead chunks are reused at once (retention time 0); each command registers the MVStore
 * version it reads, so no chunk it may still read is reused under it.</li>
 * </ul>
 */
final class DurableH2Backend extends PinnedH2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /** Commands that never change stored data (lower case). Everything else is handled as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "dbstats", "collstats", "datasize", "validate", "explain", "killcursors",
            "endsessions", "ping", "hello", "ismaster", "buildinfo", "whatsmyuri", "serverstatus", "hostinfo",
            "getcmdlineopts", "getlog", "getparameter", "getfreemonitoringstatus", "connectionstatus",
            "getlasterror", "reseterror", "replsetgetstatus", "saslstart", "saslcontinue", "logout", "getnonce");

    /** Compact when less than this share of the chunks' space holds live pages. */
    private static final int COMPACT_BELOW_FILL_RATE = 60;
    private static final int COMPACT_BYTES_PER_ROUND = 1 << 20;
    private static final long COMPACT_EVERY_MS = 1_000;
    private static final int COMPACT_ON_CLOSE_MS = 200;

    private final MVStore store;
    private final boolean fsync;
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final ReentrantLock leader = new ReentrantLock();
    private final AtomicLong finished = new AtomicLong();
    private volatile long durable;
    private long syncedWriteCount = -1;
    private final AtomicLong commits = new AtomicLong();
    private final ScheduledExecutorService maintenance;

    /**
     * @param store an MVStore opened by {@link #openStore}
     * @param fsync force the file to the device after each commit (what LocalMongo does); false only for the
     *              benchmark, to tell the cost of the commit from the cost of the sync
     */
    DurableH2Backend(MVStore store, boolean fsync) {
        super(store);
        if (store.getAutoCommitDelay() != 0 || store.getAutoCommitMemory() != 0) {
            throw new IllegalArgumentException("the MVStore must be opened by DurableH2Backend.openStore");
        }
        this.store = store;
        this.fsync = fsync;
        store.setRetentionTime(0);
        maintenance = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mongo-store-compaction");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::compact, COMPACT_EVERY_MS, COMPACT_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** Opens the file with no commit of H2's own: neither on a timer nor when unsaved changes pile up. */
    static MVStore openStore(String fileName) {
        return new MVStore.Builder()
                .fileName(fileName)
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            if (isRead(command, query)) {
                return super.handleCommand(channel, database, command, query);
            }
            long ticket;
            gate.readLock().lock();
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                ticket = finished.incrementAndGet();
                gate.readLock().unlock();
                awaitDurable(ticket);
            }
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return super.handleQuery(query);
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    static boolean isRead(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof List<?> stages)
                    || stages.stream().noneMatch(stage -> stage instanceof Document d
                            && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return READS.contains(name);
    }

    private void awaitDurable(long ticket) {
        if (durable >= ticket) {
            return;
        }
        leader.lock();
        try {
            if (durable < ticket) {
                commitAndSync();
            }
        } catch (RuntimeException e) {
            throw new MongoServerException("the write could not be made durable: " + e.getMessage(), e);
        } finally {
            leader.unlock();
        }
    }

    /** Under the leader lock: commits every write finished so far and syncs the file. */
    private void commitAndSync() {
        long covered;
        gate.writeLock().lock();
        try {
            if (store.isClosed()) {
                // commit() would return quietly: never acknowledge a write the file may not have
                throw new IllegalStateException("the store is closed", store.getPanicException());
            }
            covered = finished.get();
            store.commit();
        } finally {
            gate.writeLock().unlock();
        }
        if (fsync) {
            // the chunk write happened before this read of the count: an equal count means a later sync covered it
            long writeCount = writeCount();
            if (writeCount != syncedWriteCount) {
                store.sync();
                syncedWriteCount = writeCount;
            }
        }
        commits.incrementAndGet();
        durable = covered;
    }

    private long writeCount() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.getWriteCount();
    }

    /**
     * Rewrites the live pages of sparse chunks, then commits them so that the old chunks become free. Holds the
     * leader lock throughout, so a commit never waits for the store lock with the gate closed: writes go on, only
     * their acknowledgements wait for the round to end.
     */
    private void compact() {
        leader.lock();
        try {
            if (!store.isClosed() && store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_BYTES_PER_ROUND)) {
                commitAndSync();
            }
        } catch (RuntimeException e) {
            if (!store.isClosed() && !maintenance.isShutdown()) {
                log.warn("compaction of {} failed", this, e);
            }
        } finally {
            leader.unlock();
        }
    }

    @Override
    public void close() {
        // no interrupt: an interrupted FileChannel operation closes the store's channel
        maintenance.shutdown();
        try {
            maintenance.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!store.isClosed()) {
            store.close(COMPACT_ON_CLOSE_MS);
        }
        super.close();
    }

    /** Writes acknowledged so far (all durable), and the commits that made them durable. */
    long writes() {
        return durable;
    }

    long commits() {
        return commits.get();
    }
}
