package org.qsp.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void reads_pass_through_and_everything_else_counts_as_a_write() {
        for (String read : List.of("find", "getMore", "count", "distinct", "listIndexes", "hello", "isMaster")) {
            assertThat(DurableH2Backend.isRead(read, new Document(read, "samples"))).as(read).isTrue();
        }
        for (String write : List.of("insert", "update", "delete", "findAndModify", "create", "drop", "createIndexes",
                "dropIndexes", "dropDatabase", "renameCollection", "someFutureCommand")) {
            assertThat(DurableH2Backend.isRead(write, new Document(write, "samples"))).as(write).isFalse();
        }
        var match = List.of(new Document("$match", new Document("result", "FAILED")));
        assertThat(DurableH2Backend.isRead("aggregate", new Document("pipeline", match))).isTrue();
        for (String stage : List.of("$out", "$merge")) {
            var writing = List.of(match.getFirst(), new Document(stage, "failed"));
            assertThat(DurableH2Backend.isRead("aggregate", new Document("pipeline", writing))).as(stage).isFalse();
        }
    }

    @Test
    void an_acknowledged_write_is_in_the_file_while_the_store_still_runs() throws Exception {
        var config = new LocalMongo.Config(dir.resolve("qsp.mv"), FreePorts.next());
        Path copy = dir.resolve("copy.mv");
        try (var mongo = LocalMongo.start(config); var client = MongoClients.create(config.connectionString())) {
            var samples = client.getDatabase("qsp_inspection").getCollection("samples");
            samples.insertMany(List.of(new org.bson.Document("_id", "s1").append("result", "FAILED"),
                    new org.bson.Document("_id", "s2").append("result", "PASSED")));
            samples.updateOne(Filters.eq("_id", "s1"), Updates.set("state", "done"));
            samples.deleteOne(Filters.eq("_id", "s2"));
            samples.find().first();

            // what a kill -9 would leave: the file as it is now, without any close or shutdown hook
            Files.copy(config.file(), copy);
            assertThat(mongo.durableBackend().writes()).as("write commands acknowledged").isEqualTo(3);
        }

        var backend = new H2Backend(copy.toString());
        try {
            var samples = backend.resolveDatabase("qsp_inspection").resolveCollection("samples", false);
            assertThat(samples).as("the collection is in the file").isNotNull();
            assertThat(samples.queryAll()).singleElement()
                    .satisfies(d -> assertThat(d.get("_id")).isEqualTo("s1"))
                    .satisfies(d -> assertThat(d.get("state")).isEqualTo("done"));
        } finally {
            backend.close();
        }
    }
}
