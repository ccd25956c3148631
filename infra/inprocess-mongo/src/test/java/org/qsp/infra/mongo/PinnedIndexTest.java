package org.qsp.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pinned index answers what the collection would answer by a scan, and takes the queries it should: those that
 * fix its field (to a value or a list of values) and say more.
 */
class PinnedIndexTest {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoCollection<Document> documents;

    @BeforeAll
    static void start() {
        server = new MongoServer(new PinnedMemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        documents = client.getDatabase("pinned").getCollection("documents");
        documents.createIndex(new Document("code", 1), new com.mongodb.client.model.IndexOptions().unique(true));
        for (int i = 0; i < 10; i++) {
            documents.insertOne(new Document("_id", "E" + i).append("version", (long) i % 3).append("code", "C" + i)
                    .append("tags", List.of("t" + i % 2)));
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("id and version, matching", new Document("_id", "E4").append("version", 1L), List.of("E4")),
                Arguments.of("id and version, not matching", new Document("_id", "E4").append("version", 2L), List.of()),
                Arguments.of("unknown id and version", Filters.and(Filters.eq("_id", "X"), Filters.eq("version", 0L)),
                        List.of()),
                Arguments.of("ids in a list and a condition",
                        Filters.and(Filters.in("_id", "E1", "E2", "E3"), Filters.eq("version", 2L)), List.of("E2")),
                Arguments.of("id and an $or", Filters.and(Filters.eq("_id", "E5"),
                        Filters.or(Filters.eq("version", 9L), Filters.eq("tags", "t1"))), List.of("E5")),
                Arguments.of("an $and of id and version", Filters.and(Filters.eq("_id", "E4"), Filters.eq("version", 1L),
                        Filters.exists("code")), List.of("E4")),
                Arguments.of("an $or of ids (a scan)", Filters.or(Filters.eq("_id", "E4"), Filters.eq("_id", "E5")),
                        List.of("E4", "E5")),
                Arguments.of("a unique field and more", Filters.and(Filters.eq("code", "C7"), Filters.eq("version", 1L)),
                        List.of("E7")),
                Arguments.of("a range of ids (a scan)", Filters.and(Filters.gt("_id", "E7"), Filters.eq("version", 2L)),
                        List.of("E8")),
                Arguments.of("no id (a scan)", Filters.eq("version", 0L), List.of("E0", "E3", "E6", "E9")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answers_what_a_scan_answers(String what, Bson query, List<String> ids) {
        assertThat(documents.find(query).map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void a_version_checked_update_changes_the_one_document_at_that_version_only() {
        documents.insertOne(new Document("_id", "V").append("version", 1L));
        assertThat(documents.updateOne(Filters.and(Filters.eq("_id", "V"), Filters.eq("version", 0L)),
                Updates.set("version", 2L)).getModifiedCount()).isZero();
        assertThat(documents.updateOne(Filters.and(Filters.eq("_id", "V"), Filters.eq("version", 1L)),
                Updates.set("version", 2L)).getModifiedCount()).isEqualTo(1);
        assertThat(documents.find(Filters.eq("_id", "V")).first().getLong("version")).isEqualTo(2L);
        documents.deleteOne(Filters.and(Filters.eq("_id", "V"), Filters.eq("version", 2L)));
        assertThat(documents.countDocuments(Filters.eq("_id", "V"))).isZero();
    }

    static Stream<Arguments> handled() {
        return Stream.of(
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("_id", "E1"), true),
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("_id", "E1").append("version", 3L), true),
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("_id",
                        new de.bwaldvogel.mongo.bson.Document("$in", List.of("E1", "E2"))).append("version", 3L), true),
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("_id",
                        new de.bwaldvogel.mongo.bson.Document("$gt", "E1")).append("version", 3L), false),
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                        new de.bwaldvogel.mongo.bson.Document("_id", "E1"),
                        new de.bwaldvogel.mongo.bson.Document("version", 3L))), true),
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("$or", List.of(
                        new de.bwaldvogel.mongo.bson.Document("_id", "E1"),
                        new de.bwaldvogel.mongo.bson.Document("version", 3L))), false),
                Arguments.of(new de.bwaldvogel.mongo.bson.Document("version", 3L), false));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("handled")
    void takes_a_query_that_fixes_its_field(de.bwaldvogel.mongo.bson.Document query, boolean takes) {
        List<IndexKey> keys = List.of(new IndexKey("_id", true));
        var index = PinnedIndex.of(new MemoryUniqueIndex("_id_", keys, false), keys, false);
        assertThat(index.canHandle(query)).isEqualTo(takes);
    }
}
