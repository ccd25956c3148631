package org.qsp.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the platform's attachment store (ADR 0020) needs of the store that {@code make run} uses: GridFS files on the
 * H2 backend, a unique index on {@code filename}, a prefix query, and all of it again after a restart.
 */
class LocalMongoGridFsTest {

    @TempDir
    Path dir;

    @Test
    void gridfs_files_and_their_unique_key_survive_a_restart_on_the_same_h2_file() throws Exception {
        var config = new LocalMongo.Config(dir.resolve("qsp.mv"), FreePorts.next());
        byte[] photo = new byte[600_000];
        new Random(1).nextBytes(photo);
        ObjectId id;
        try (var mongo = LocalMongo.start(config); var client = MongoClients.create(config.connectionString())) {
            var db = client.getDatabase("qsp_inspection");
            db.getCollection("photos.files").createIndex(Indexes.ascending("filename"),
                    new IndexOptions().unique(true).name("attachment_key"));
            id = GridFSBuckets.create(db, "photos").uploadFromStream("sample/s-1/p-1", new ByteArrayInputStream(photo));
        }
        try (var mongo = LocalMongo.start(config); var client = MongoClients.create(config.connectionString())) {
            var db = client.getDatabase("qsp_inspection");
            var out = new ByteArrayOutputStream();
            GridFSBuckets.create(db, "photos").downloadToStream(id, out);
            assertThat(out.toByteArray()).isEqualTo(photo);
            var files = db.getCollection("photos.files");
            assertThat(files.countDocuments(Filters.regex("filename", "^sample/s-1/"))).isEqualTo(1);
            assertThatThrownBy(() -> files.insertOne(new Document("_id", new ObjectId())
                    .append("filename", "sample/s-1/p-1"))).isInstanceOf(MongoWriteException.class);
        }
    }
}
