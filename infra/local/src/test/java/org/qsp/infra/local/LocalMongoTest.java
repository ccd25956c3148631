package org.qsp.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoTest {

    @TempDir
    Path dir;

    @Test
    void documents_survive_a_restart_on_the_same_h2_file() throws Exception {
        var config = new LocalMongo.Config(dir.resolve("mongo/qsp.mv"), FreePorts.next());

        try (var mongo = LocalMongo.start(config); var client = MongoClients.create(config.connectionString())) {
            samples(client).insertOne(new Document("_id", "sample-1").append("result", "FAILED"));
            assertThat(samples(client).countDocuments()).isEqualTo(1);
        }

        assertThat(config.file()).exists();
        assertThat(readResult(config, "sample-1")).isEqualTo("FAILED");
    }

    @Test
    void a_process_stopped_with_sigterm_keeps_its_last_write() throws Exception {
        var config = new LocalMongo.Config(dir.resolve("qsp.mv"), FreePorts.next());
        Path log = dir.resolve("mongo.log");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalMongo.class.getName(), config.file().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MONGO_PORT", String.valueOf(config.port()));
        Process process = builder.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(log).contains("READY mongo"));
            try (var client = MongoClients.create(config.connectionString())) {
                samples(client).insertOne(new Document("_id", "sample-2").append("result", "PASSED"));
            }
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(Files.readString(log)).contains("mongo stopped");
        assertThat(readResult(config, "sample-2")).isEqualTo("PASSED");
    }

    @Test
    void a_second_store_on_the_same_file_is_refused_while_the_first_runs() throws Exception {
        var config = new LocalMongo.Config(dir.resolve("qsp.mv"), FreePorts.next());
        try (var mongo = LocalMongo.start(config)) {
            var other = new LocalMongo.Config(config.file(), FreePorts.next());
            assertThatThrownBy(() -> LocalMongo.start(other)).hasMessageContaining("locked");
        }
    }

    @Test
    void durability_is_sync_unless_MONGO_DURABILITY_says_relaxed() {
        String[] noArgs = {};
        assertThat(LocalMongo.Config.from(new Env(Map.of()), noArgs).durability())
                .isEqualTo(LocalMongo.Durability.SYNC);
        assertThat(LocalMongo.Config.from(new Env(Map.of("MONGO_DURABILITY", " Relaxed ")), noArgs).durability())
                .isEqualTo(LocalMongo.Durability.RELAXED);
        assertThatThrownBy(() -> LocalMongo.Config.from(new Env(Map.of("MONGO_DURABILITY", "fast")), noArgs))
                .hasMessage("MONGO_DURABILITY must be sync or relaxed, was 'fast'");
    }

    private static String readResult(LocalMongo.Config config, String sampleId) throws Exception {
        try (var mongo = LocalMongo.start(config); var client = MongoClients.create(config.connectionString())) {
            Document found = samples(client).find(Filters.eq("_id", sampleId)).first();
            return found == null ? null : found.getString("result");
        }
    }

    private static MongoCollection<Document> samples(MongoClient client) {
        return client.getDatabase("qsp_inspection").getCollection("samples");
    }
}
