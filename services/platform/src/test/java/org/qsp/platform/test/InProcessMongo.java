package org.qsp.platform.test;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import org.qsp.infra.mongo.PinnedMemoryBackend;

/**
 * The MongoDB wire-protocol store, in process, for integration tests: one server per test JVM on a
 * free loopback port. Each test class uses its own database name to stay independent. A short
 * server-selection timeout lets contexts that close after the store (JVM shutdown) end quickly.
 */
public final class InProcessMongo {

    private static MongoServer server;
    private static InetSocketAddress address;

    private InProcessMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new PinnedMemoryBackend());
            server.bind("127.0.0.1", 0);
            address = server.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database + "?serverSelectionTimeoutMS=2000";
    }
}
