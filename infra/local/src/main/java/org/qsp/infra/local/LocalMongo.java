package org.qsp.infra.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol store (mongo-java-server) on loopback, persisted in one H2 MVStore file.
 * Closing it closes the store, which writes all pending changes to the file.
 */
public final class LocalMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);
    private static final String HOST = "127.0.0.1";

    public record Config(Path file, int port) {

        public Config {
            file = file.toAbsolutePath().normalize();
        }

        static Config from(Env env, String[] args) {
            return new Config(env.path(args, "MONGO_FILE", ".run/data/mongo/qsp.mv"), env.port("MONGO_PORT", 27017));
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
        var backend = new H2Backend(config.file().toString());
        var server = new MongoServer(backend);
        try {
            server.bind(HOST, config.port());
        } catch (RuntimeException e) {
            server.shutdownNow();
            backend.close();
            throw e;
        }
        return new LocalMongo(config, backend, server);
    }

    public Config config() {
        return config;
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
            log.info("mongo stopped, {} closed", config.file());
        }
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            var config = Config.from(Env.system(), args);
            var mongo = start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "local-mongo-shutdown"));
            log.info("READY mongo uri={} file={} ({} ms)", config.connectionString(), config.file(),
                    (System.nanoTime() - started) / 1_000_000);
            mongo.awaitShutdown();
        } catch (Exception | Error e) {
            log.error("mongo failed to start", e);
            System.exit(1);
        }
    }
}
