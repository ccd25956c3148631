package org.qsp.infra.local;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.qsp.infra.mongo.PinnedH2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol store (mongo-java-server) on loopback, persisted in one H2 MVStore file.
 * With {@link Durability#SYNC} (the default) a write is committed and synced to the file before it is acknowledged,
 * so it survives {@code kill -9} of this process (docs/adr/0010). Closing it closes the store, which writes all
 * pending changes to the file.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);
    private static final String HOST = "127.0.0.1";
    static final int SYNC_EVENT_LOOPS = 32;

    /** When an acknowledged write is on disk ({@code MONGO_DURABILITY}). */
    public enum Durability {
        /** Commit and fsync before the reply: an acknowledged write survives kill -9 (and, as far as the disk
         *  honours a flush, a machine crash). */
        SYNC,
        /** The H2 default: commits buffered for up to a second; a crash loses the last acknowledged writes. */
        RELAXED;

        static Durability parse(String name, String raw) {
            try {
                return valueOf(raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " must be sync or relaxed, was '" + raw + "'");
            }
        }
    }

    public record Config(Path file, int port, Durability durability) {

        public Config {
            file = file.toAbsolutePath().normalize();
        }

        public Config(Path file, int port) {
            this(file, port, Durability.SYNC);
        }

        static Config from(Env env, String[] args) {
            return new Config(env.path(args, "MONGO_FILE", ".run/data/mongo/qsp.mv"), env.port("MONGO_PORT", 27017),
                    Durability.parse("MONGO_DURABILITY", env.value("MONGO_DURABILITY", "sync")));
        }

        public String connectionString() {
            return "mongodb://" + HOST + ":" + port;
        }
    }

    private final Config config;
    private final H2Backend backend;
    private final MongoServer server;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalMongo(Config config, H2Backend backend, MongoServer server) {
        this.config = config;
        this.backend = backend;
        this.server = server;
    }

    public static LocalMongo start(Config config) throws Exception {
        Files.createDirectories(config.file().getParent());
        var backend = backend(config);
        var server = new MongoServer(backend);
        try {
            if (config.durability() == Durability.SYNC) {
                // a Netty event loop waits while its connection's write is committed and synced: more loops let more
                // writes join one group commit, and fewer reads queue behind a waiting write on a shared loop
                server.bind(new InetSocketAddress(HOST, config.port()), 0, SYNC_EVENT_LOOPS);
            } else {
                server.bind(HOST, config.port());
            }
        } catch (RuntimeException e) {
            server.shutdownNow();
            backend.close();
            throw e;
        }
        return new LocalMongo(config, backend, server);
    }

    private static H2Backend backend(Config config) {
        String file = config.file().toString();
        if (config.durability() == Durability.RELAXED) {
            return new PinnedH2Backend(file);
        }
        MVStore store = DurableH2Backend.openStore(file);
        try {
            return new DurableH2Backend(store, true);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Config config() {
        return config;
    }

    H2Backend backend() {
        return backend;
    }

    /** The durable backend, or null with {@link Durability#RELAXED}. */
    DurableH2Backend durableBackend() {
        return backend instanceof DurableH2Backend durable ? durable : null;
    }

    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            log.info("stopping mongo");
            try {
                server.shutdown();
            } finally {
                backend.close();
                stopped.countDown();
            }
            if (durableBackend() instanceof DurableH2Backend durable) {
                log.info("mongo stopped, {} closed ({} writes made durable in {} commits)", config.file(),
                        durable.writes(), durable.commits());
            } else {
                log.info("mongo stopped, {} closed", config.file());
            }
        }
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            var config = Config.from(Env.system(), args);
            var mongo = start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "local-mongo-shutdown"));
            log.info("READY mongo uri={} file={} durability={} ({} ms)", config.connectionString(), config.file(),
                    config.durability().name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1_000_000);
            mongo.awaitShutdown();
        } catch (Exception | Error e) {
            log.error("mongo failed to start", e);
            System.exit(1);
        }
    }
}
