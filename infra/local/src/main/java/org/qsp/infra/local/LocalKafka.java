package org.qsp.infra.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker in KRaft combined mode (broker + controller), bound to loopback.
 * Formats its data directory on first start only, so topics and records survive restarts.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    public record Config(Path dataDir, int port, int controllerPort) {

        public Config {
            dataDir = dataDir.toAbsolutePath().normalize();
            if (port == controllerPort) {
                throw new IllegalArgumentException("KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ, both are " + port);
            }
        }

        static Config from(Env env, String[] args) {
            return new Config(env.path(args, "KAFKA_DATA_DIR", ".run/data/kafka"),
                    env.port("KAFKA_PORT", 9092), env.port("KAFKA_CONTROLLER_PORT", 9093));
        }

        public String bootstrapServers() {
            return HOST + ":" + port;
        }

        Properties brokerProperties() {
            var p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", String.valueOf(NODE_ID));
            p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
            p.put("listeners", "PLAINTEXT://" + bootstrapServers() + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            p.put("controller.listener.names", CONTROLLER_LISTENER);
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("log.dirs", dataDir.toString());
            p.put("auto.create.topics.enable", "false");
            p.put("num.partitions", "3");
            p.put("offsets.topic.replication.factor", "1");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("share.coordinator.state.topic.replication.factor", "1");
            p.put("share.coordinator.state.topic.min.isr", "1");
            p.put("group.initial.rebalance.delay.ms", "0");
            // After kill -9 the restarted controller replays the old broker registration and refuses the new one
            // until that registration's session expires (9 s by default): the one-node broker came back after
            // 11-18 s. A short broker session (heartbeat every 500 ms) brings it back in a few seconds.
            p.put("broker.heartbeat.interval.ms", "500");
            p.put("broker.session.timeout.ms", "2000");
            // The log cleaner (compacted topics such as __consumer_offsets) takes a 128 MB dedupe buffer on the heap
            // by default: half the broker's heap, for a one-node broker whose compacted topics hold a few MB.
            p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
            return p;
        }
    }

    private final Config config;
    private final KafkaRaftServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalKafka(Config config, KafkaRaftServer server) {
        this.config = config;
        this.server = server;
    }

    public static LocalKafka start(Config config) throws Exception {
        Files.createDirectories(config.dataDir());
        if (Files.notExists(config.dataDir().resolve("meta.properties"))) {
            format(config);
        }
        var server = new KafkaRaftServer(KafkaConfig.fromProps(config.brokerProperties(), false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return new LocalKafka(config, server);
    }

    private static void format(Config config) throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        log.info("formatting {} for new cluster {}", config.dataDir(), clusterId);
        new Formatter()
                .setPrintStream(System.out)
                .setClusterId(clusterId)
                .setNodeId(NODE_ID)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.dataDir().toString())
                .addDirectory(config.dataDir().toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    public Config config() {
        return config;
    }

    public void awaitShutdown() {
        server.awaitShutdown();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            log.info("stopping kafka");
            server.shutdown();
            server.awaitShutdown();
            log.info("kafka stopped");
        }
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            var config = Config.from(Env.system(), args);
            var kafka = start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "local-kafka-shutdown"));
            log.info("READY kafka bootstrap={} controller={}:{} data={} ({} ms)", config.bootstrapServers(), HOST,
                    config.controllerPort(), config.dataDir(), (System.nanoTime() - started) / 1_000_000);
            kafka.awaitShutdown();
        } catch (Exception | Error e) {
            log.error("kafka failed to start", e);
            System.exit(1);
        }
    }
}
