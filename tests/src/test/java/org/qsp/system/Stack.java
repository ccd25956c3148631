package org.qsp.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.qsp.infra.mongo.PinnedMemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.qsp.contracts.Topics;
import org.qsp.harness.Settling;
import org.qsp.identity.PkceLogin;
import org.qsp.platform.test.ConsumerGroups;
import org.qsp.platform.test.TopicRecorder;

/**
 * The system under test: one real KRaft broker and one MongoDB-wire store in this JVM, and
 * identity, inspection, rectification, credit, complaint, recall, monitor and the gateway as separate processes from
 * their built jars.
 * Started once for all system tests (of every class) in this JVM, with one recorder of every topic.
 */
final class Stack {

    static final String PASSWORD = "qsp-demo";
    private static final List<String> TOPICS = Topics.ALL.stream()
            .flatMap(t -> Stream.of(t.name(), t.deadLetterTopic())).toList();
    private static final Duration SETTLING = Duration.ofMinutes(3);
    private static Stack instance;

    final EmbeddedKafkaKraftBroker broker;
    final MongoServer mongo;
    final String mongoUri;
    private final MongoClient store;
    final ServiceProcess identity;
    final ServiceProcess inspection;
    final ServiceProcess rectification;
    final ServiceProcess credit;
    final ServiceProcess complaint;
    final ServiceProcess recall;
    final ServiceProcess monitor;
    final ServiceProcess gateway;
    /** Every record of every QSP topic and dead-letter topic, from the beginning. */
    final TopicRecorder recorder;
    private final ConsumerGroups groups;
    private final Settling settling;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** Fresh enterprises that can log in (identity knows their users). */
    final Enterprises enterprises;
    private final URI issuer;
    private final Path identityKeys;
    /** The password of the {@code prometheus} user on every process's {@code /actuator/prometheus}. */
    private final String scrapePassword = UUID.randomUUID().toString();

    static synchronized Stack get() {
        if (instance == null) {
            instance = new Stack();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    private Stack() {
        Path root = Path.of(System.getProperty("qsp.repo.root", "..")).toAbsolutePath().normalize();
        Path runDir = root.resolve("tests/target/system");
        try {
            Files.createDirectories(runDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        mongo = new MongoServer(new PinnedMemoryBackend());
        mongo.bind("127.0.0.1", freePort());
        mongoUri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        store = MongoClients.create(mongoUri);

        int identityPort = freePort();
        int gatewayPort = freePort();
        issuer = URI.create("http://localhost:" + identityPort);
        identityKeys = runDir.resolve("identity");
        // the console logs in with the gateway's public URL as its redirect (and CORS origin)
        enterprises = new Enterprises(root);
        identity = new ServiceProcess("identity", jar(root, "identity"), identityPort,
                Map.of("QSP_ISSUER_URI", issuer.toString(), "QSP_IDENTITY_KEY_DIR", identityKeys.toString(),
                        "QSP_DEMO_PASSWORD", PASSWORD, "QSP_PUBLIC_BASE_URL", "http://localhost:" + gatewayPort,
                        "SPRING_APPLICATION_JSON", enterprises.asApplicationJson()),
                runDir);
        inspection = service(root, runDir, "inspection");
        // the notice webhooks of the scenarios go to receivers on loopback (refused outside the local demo); a
        // delivery that its receiver refuses ends FAILED after seven attempts in seconds, not in the production
        // schedule's 18 hours, so that the edge suites have failed deliveries and nothing is still being retried
        rectification = service(root, runDir, "rectification", Map.of("QSP_NOTIFICATION_LOCAL_TARGETS", "true",
                "QSP_RECTIFICATION_NOTIFICATION_RETRYSCHEDULE", "1s,1s,1s,1s,1s,1s"));
        credit = service(root, runDir, "credit");
        complaint = service(root, runDir, "complaint");
        recall = service(root, runDir, "recall");
        // heartbeats every second: the stream tests see one without waiting long; the operations view scrapes every
        // service's outbox gauge (and its own, through its port) and reads the broker every 5 s instead of 30 s
        monitor = service(root, runDir, "monitor", Map.of("QSP_MONITOR_HEARTBEAT", "1s",
                "QSP_MONITOR_OPERATIONS_INTERVAL", "5s",
                "QSP_INSPECTION_URI", inspection.uri("").toString(),
                "QSP_RECTIFICATION_URI", rectification.uri("").toString(),
                "QSP_CREDIT_URI", credit.uri("").toString(),
                "QSP_COMPLAINT_URI", complaint.uri("").toString(),
                "QSP_RECALL_URI", recall.uri("").toString()));
        gateway = new ServiceProcess("gateway", jar(root, "gateway"), gatewayPort, Map.of(
                "QSP_INSPECTION_URI", inspection.uri("").toString(),
                "QSP_RECTIFICATION_URI", rectification.uri("").toString(),
                "QSP_CREDIT_URI", credit.uri("").toString(),
                "QSP_COMPLAINT_URI", complaint.uri("").toString(),
                "QSP_RECALL_URI", recall.uri("").toString(),
                "QSP_MONITOR_URI", monitor.uri("").toString(),
                "QSP_ISSUER_URI", issuer.toString(),
                "QSP_SCRAPE_PASSWORD", scrapePassword,
                // the scenarios drive the services, not the per-caller limiter (the gateway's own tests cover it);
                // the fuzz sends hundreds of anonymous requests a second to the public operations
                "QSP_GATEWAY_RATE_AUTHENTICATED", "10000", "QSP_GATEWAY_RATE_ANONYMOUS", "10000"), runDir);
        List<ServiceProcess> all = List.of(identity, inspection, rectification, credit, complaint, recall, monitor,
                gateway);
        all.forEach(ServiceProcess::start);
        try {
            // seven processes starting together on a busy two-core machine: identity alone took over 3 minutes
            all.forEach(p -> p.awaitReady(Duration.ofMinutes(6)));
        } catch (RuntimeException notReady) {
            // a stack that did not come up leaves nothing running for the next test class's attempt to compete with
            all.forEach(ServiceProcess::kill);
            closeStoreAndBroker();
            throw notReady;
        }
        recorder = new TopicRecorder(bootstrapServers(), TOPICS);
        groups = new ConsumerGroups(bootstrapServers());
        settling = new Settling(groups, store);
    }

    /**
     * Waits until nothing is in flight (every consumer group has committed past everything its topics held, every
     * outbox is empty, nothing was published meanwhile: {@link Settling}) and the recorder has read every topic to
     * its end. Only then are counts final ("exactly one", "none"), in the stores and on the topics.
     */
    void awaitSettled() {
        settling.await(SETTLING);
        recorder.awaitCaughtUp();
    }

    private ServiceProcess service(Path root, Path runDir, String name) {
        return service(root, runDir, name, Map.of());
    }

    private ServiceProcess service(Path root, Path runDir, String name, Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.getBrokersAsString(),
                "MONGODB_URI", mongoUri + "/qsp_" + name,
                "QSP_ISSUER_URI", issuer.toString(),
                "QSP_SCRAPE_PASSWORD", scrapePassword));
        environment.putAll(more);
        return new ServiceProcess(name, jar(root, name), freePort(), environment, runDir);
    }

    /** The services behind the gateway, by name: what the edge suites read OpenAPI documents from. */
    Map<String, ServiceProcess> services() {
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        Stream.of(inspection, rectification, credit, complaint, recall, monitor).forEach(s -> services.put(s.name(), s));
        return services;
    }

    /** Every document of every service database, as it is now (compare two to see what was stored between). */
    StoreSnapshot snapshot() {
        return StoreSnapshot.of(store);
    }

    /**
     * The first document of a service's collection that matches {@code filter}, as stored now (null: none): what no
     * API shows, such as the token of a link that only a mail carries.
     */
    Document stored(String service, String collection, Bson filter) {
        return store.getDatabase("qsp_" + service).getCollection(collection).find(filter).first();
    }

    /** The {@code Authorization} value that reads {@code /actuator/prometheus} of every process of the stack. */
    String scrapeAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("prometheus:" + scrapePassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Where identity keeps its signing key (a JWK set). */
    Path identityKeys() {
        return identityKeys;
    }

    URI issuer() {
        return issuer;
    }

    /** The access token of a demo user; none (null) for an anonymous caller ({@code user} null). */
    String token(String user) {
        if (user == null) {
            return null;
        }
        return tokens.computeIfAbsent(user, u -> PkceLogin.cli(issuer).accessToken(u, PASSWORD));
    }

    /** The token of the enterprise with that USCC (ent-a, ent-b, or one of {@link #enterprises}). */
    String enterpriseToken(String uscc) {
        return token(Enterprises.user(uscc));
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    private static Path jar(Path root, String name) {
        return root.resolve("services/" + name + "/target/qsp-" + name + ".jar");
    }

    /**
     * A free port below the kernel's ephemeral range. A port the kernel hands out for {@code bind(0)} is an ephemeral
     * one: between closing it here and the service binding it, any outgoing connection on the machine may take it
     * as its source port (seen on a busy machine: identity failed to start, "port already in use").
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free port between " + FIRST_PORT + " and " + LAST_PORT);
    }

    /** Below Linux's default ephemeral range (32768–60999) and above the fixed ports of a local stack. */
    private static final int FIRST_PORT = 20_000;
    private static final int LAST_PORT = 32_000;

    private void close() {
        recorder.close();
        groups.close();
        Stream.of(gateway, monitor, recall, complaint, credit, rectification, inspection, identity)
                .forEach(ServiceProcess::stop);
        closeStoreAndBroker();
    }

    private void closeStoreAndBroker() {
        store.close();
        mongo.shutdownNow();
        broker.destroy();
    }
}
