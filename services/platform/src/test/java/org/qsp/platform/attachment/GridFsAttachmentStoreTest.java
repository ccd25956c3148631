package org.qsp.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsp.platform.test.InProcessMongo;
import org.qsp.platform.test.TestImages;

/** The GridFS attachment store against the in-process MongoDB-wire store the services' tests run on. */
class GridFsAttachmentStoreTest {

    private static final long MAX = 1024 * 1024;
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static MongoClient client;
    private MongoDatabase database;
    private GridFsAttachmentStore store;
    private final AttachmentOwner owner = new AttachmentOwner("sample", UUID.randomUUID().toString());

    @BeforeAll
    static void connect() {
        client = MongoClients.create(InProcessMongo.uri("attachments"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void aBucket() {
        database = client.getDatabase("attachments_" + UUID.randomUUID().toString().replace("-", ""));
        store = new GridFsAttachmentStore(database, "photos", MAX, Duration.ofHours(1),
                Clock.fixed(NOW, ZoneOffset.UTC), Clock.systemUTC());
        store.createIndexes();
    }

    private AttachmentKey key(String name) {
        return new AttachmentKey(owner, name);
    }

    private AttachmentStore.Stored put(String name, String type, byte[] bytes) throws IOException {
        return store.put(key(name), type, new ByteArrayInputStream(bytes));
    }

    @Test
    void an_image_comes_back_byte_for_byte_with_its_size_type_and_sha256() throws Exception {
        byte[] photo = TestImages.jpeg(600_000, 1);   // three chunks
        var stored = put("p-1", "image/jpeg", photo);

        assertThat(stored.created()).isTrue();
        assertThat(stored.attachment().bytes()).isEqualTo(600_000);
        assertThat(stored.attachment().contentType()).isEqualTo("image/jpeg");
        assertThat(stored.attachment().sha256()).isEqualTo(sha256(photo));
        assertThat(stored.attachment().storedAt()).isEqualTo(NOW);
        try (var content = store.open(key("p-1")).orElseThrow()) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(photo);
            assertThat(content.attachment()).isEqualTo(stored.attachment());
        }
        assertThat(database.getCollection("photos.chunks").countDocuments()).isEqualTo(3);
        assertThat(database.getCollection("photos.uploads").countDocuments()).isZero();
    }

    @Test
    void the_files_are_gridfs_files_that_the_drivers_bucket_reads() throws Exception {
        byte[] photo = TestImages.png(300_000, 2);
        put("p-1", "image/png", photo);
        var bucket = GridFSBuckets.create(database, "photos");
        var out = new java.io.ByteArrayOutputStream();
        bucket.downloadToStream(key("p-1").value(), out);
        assertThat(out.toByteArray()).isEqualTo(photo);
    }

    @Test
    void the_same_bytes_again_are_answered_as_stored_and_other_bytes_are_a_conflict() throws Exception {
        byte[] photo = TestImages.jpeg(10_000, 3);
        var first = put("p-1", "image/jpeg", photo);
        var replay = put("p-1", "image/jpeg", photo.clone());

        assertThat(replay.created()).isFalse();
        assertThat(replay.attachment()).isEqualTo(first.attachment());
        assertThatThrownBy(() -> put("p-1", "image/jpeg", TestImages.jpeg(10_000, 4)))
                .isInstanceOf(AttachmentConflict.class).hasFieldOrPropertyWithValue("code", "attachment-conflict");
        assertThatThrownBy(() -> put("p-1", "image/png", TestImages.png(10_000, 3)))
                .isInstanceOf(AttachmentConflict.class);
        try (var content = store.open(key("p-1")).orElseThrow()) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(photo);
        }
        assertThat(database.getCollection("photos.files").countDocuments()).isEqualTo(1);
        assertThat(database.getCollection("photos.chunks").countDocuments()).isEqualTo(1);
    }

    @Test
    void the_first_bytes_must_be_the_declared_image() {
        assertThatThrownBy(() -> put("p-1", "image/jpeg", TestImages.png(1000, 5)))
                .isInstanceOf(UnsupportedAttachment.class)
                .hasFieldOrPropertyWithValue("code", "attachment-content-mismatch");
        assertThatThrownBy(() -> put("p-2", "image/png", "just some text, not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedAttachment.class)
                .hasFieldOrPropertyWithValue("code", "attachment-content-mismatch");
        assertThatThrownBy(() -> put("p-3", "image/png", new byte[0]))
                .isInstanceOf(UnsupportedAttachment.class);
        assertThatThrownBy(() -> put("p-4", "image/gif", "GIF89a...".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedAttachment.class)
                .hasFieldOrPropertyWithValue("code", "unsupported-media-type");
        assertThat(database.getCollection("photos.files").countDocuments()).isZero();
        assertThat(database.getCollection("photos.chunks").countDocuments()).isZero();
        assertThat(database.getCollection("photos.uploads").countDocuments()).isZero();
    }

    @Test
    void a_bucket_opened_for_documents_takes_a_pdf_by_its_signature_and_an_image_bucket_refuses_it() throws Exception {
        var documents = new GridFsAttachmentStore(database, "evidence", MAX, Duration.ofHours(1),
                Clock.fixed(NOW, ZoneOffset.UTC), Clock.systemUTC(), java.util.EnumSet.allOf(ImageType.class));
        documents.createIndexes();
        byte[] pdf = TestImages.pdf(300_000, 8);
        var stored = documents.put(key("e-1"), "application/pdf", new ByteArrayInputStream(pdf));
        assertThat(stored.attachment().contentType()).isEqualTo("application/pdf");
        assertThat(stored.attachment().bytes()).isEqualTo(300_000);
        try (var content = documents.open(key("e-1")).orElseThrow()) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(pdf);
        }
        assertThat(documents.list(owner)).extracting(Attachment::type).containsExactly(ImageType.PDF);

        assertThatThrownBy(() -> documents.put(key("e-2"), "application/pdf",
                new ByteArrayInputStream(TestImages.png(1000, 9))))
                .isInstanceOf(UnsupportedAttachment.class)
                .hasFieldOrPropertyWithValue("code", "attachment-content-mismatch");
        assertThatThrownBy(() -> documents.put(key("e-3"), "image/png", new ByteArrayInputStream(pdf)))
                .isInstanceOf(UnsupportedAttachment.class)
                .hasFieldOrPropertyWithValue("code", "attachment-content-mismatch");
        assertThatThrownBy(() -> put("p-1", "application/pdf", pdf))
                .isInstanceOf(UnsupportedAttachment.class)
                .hasFieldOrPropertyWithValue("code", "unsupported-media-type")
                .hasMessage("send image/jpeg or image/png (got application/pdf)");
        assertThat(database.getCollection("photos.files").countDocuments()).isZero();
        assertThat(database.getCollection("evidence.files").countDocuments()).isEqualTo(1);
    }

    @Test
    void the_pdf_signature_is_percent_pdf_dash() {
        assertThat(ImageType.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.PDF);
        assertThat(ImageType.sniff("%PDF1.4 ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.declared("Application/PDF")).contains(ImageType.PDF);
    }

    @Test
    void a_declared_type_with_parameters_or_in_capitals_names_its_image() throws Exception {
        assertThat(put("p-1", "IMAGE/PNG; q=1", TestImages.png(100, 6)).attachment().contentType())
                .isEqualTo("image/png");
    }

    @Test
    void a_body_over_the_limit_is_refused_and_nothing_of_it_is_kept() throws Exception {
        assertThat(put("at-limit", "image/jpeg", TestImages.jpeg((int) MAX, 7)).attachment().bytes()).isEqualTo(MAX);
        long chunksBefore = database.getCollection("photos.chunks").countDocuments();

        var counted = new CountingStream(TestImages.jpeg((int) MAX + 300_000, 8));
        assertThatThrownBy(() -> store.put(key("over"), "image/jpeg", counted))
                .isInstanceOf(AttachmentTooLarge.class);
        assertThat(counted.read).as("read only up to the limit, not the whole body")
                .isLessThanOrEqualTo(MAX + GridFsAttachmentStore.CHUNK_SIZE);
        assertThat(store.find(key("over"))).isEmpty();
        assertThat(database.getCollection("photos.chunks").countDocuments()).isEqualTo(chunksBefore);
        assertThat(database.getCollection("photos.uploads").countDocuments()).isZero();
        // a replay of a stored id is held to the limit too
        assertThatThrownBy(() -> put("at-limit", "image/jpeg", TestImages.jpeg((int) MAX + 1, 7)))
                .isInstanceOf(AttachmentTooLarge.class);
    }

    @Test
    void a_body_that_fails_while_it_is_read_leaves_nothing() throws Exception {
        InputStream broken = new InputStream() {
            private final InputStream in = new ByteArrayInputStream(TestImages.jpeg(400_000, 9));
            private int read;

            @Override
            public int read() throws IOException {
                if (++read > 300_000) {
                    throw new IOException("the client went away");
                }
                return in.read();
            }
        };
        assertThatThrownBy(() -> store.put(key("p-1"), "image/jpeg", broken)).hasMessage("the client went away");
        assertThat(store.find(key("p-1"))).isEmpty();
        assertThat(database.getCollection("photos.chunks").countDocuments()).isZero();
        assertThat(database.getCollection("photos.uploads").countDocuments()).isZero();
    }

    @Test
    void uploads_of_one_id_at_once_leave_one_file_and_every_upload_is_answered_by_it() throws Exception {
        byte[] photo = TestImages.jpeg(700_000, 10);
        List<AttachmentStore.Stored> answers = race(8, i -> put("p-1", "image/jpeg", photo));

        assertThat(answers).filteredOn(AttachmentStore.Stored::created).hasSize(1);
        assertThat(answers).extracting(AttachmentStore.Stored::attachment).containsOnly(answers.getFirst().attachment());
        assertThat(database.getCollection("photos.files").countDocuments()).isEqualTo(1);
        ObjectId fileId = database.getCollection("photos.files").find().first().getObjectId("_id");
        assertThat(database.getCollection("photos.chunks").countDocuments()).isEqualTo(3);
        assertThat(database.getCollection("photos.chunks").countDocuments(Filters.ne("files_id", fileId))).isZero();
        assertThat(database.getCollection("photos.uploads").countDocuments()).isZero();
    }

    @Test
    void uploads_of_other_bytes_under_one_id_at_once_store_one_and_refuse_the_others() throws Exception {
        List<Object> answers = race(6, i -> {
            try {
                return put("p-1", "image/jpeg", TestImages.jpeg(300_000, 100 + i));
            } catch (AttachmentConflict e) {
                return e;
            }
        });
        assertThat(answers).filteredOn(AttachmentStore.Stored.class::isInstance).hasSize(1);
        assertThat(answers).filteredOn(AttachmentConflict.class::isInstance).hasSize(5);
        assertThat(database.getCollection("photos.files").countDocuments()).isEqualTo(1);
        assertThat(database.getCollection("photos.chunks").countDocuments()).isEqualTo(2);
    }

    @Test
    void a_crash_mid_upload_leaves_chunks_that_no_reader_sees_and_the_sweep_removes_once_old() throws Exception {
        put("kept", "image/png", TestImages.png(1000, 11));
        ObjectId crashed = new ObjectId();
        var uploads = database.getCollection("photos.uploads");
        var chunks = database.getCollection("photos.chunks");
        uploads.insertOne(new Document("_id", crashed).append("key", key("crashed").value())
                .append("startedAt", Date.from(Instant.now().minus(Duration.ofHours(2)))));
        chunks.insertOne(new Document("files_id", crashed).append("n", 0).append("data", new Binary(new byte[100])));
        ObjectId running = new ObjectId();
        uploads.insertOne(new Document("_id", running).append("key", key("running").value())
                .append("startedAt", Date.from(Instant.now())));
        chunks.insertOne(new Document("files_id", running).append("n", 0).append("data", new Binary(new byte[100])));

        assertThat(store.find(key("crashed"))).isEmpty();
        assertThat(store.list(owner)).extracting(a -> a.key().name()).containsExactly("kept");

        assertThat(store.sweepOrphans()).isEqualTo(1);
        assertThat(chunks.countDocuments(Filters.eq("files_id", crashed))).isZero();
        assertThat(chunks.countDocuments(Filters.eq("files_id", running))).as("a running upload is left alone")
                .isEqualTo(1);
        assertThat(uploads.countDocuments()).isEqualTo(1);
        try (var content = store.open(key("kept")).orElseThrow()) {
            assertThat(content.bytes().readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void a_crash_after_the_files_document_keeps_the_attachment_and_the_sweep_only_drops_the_upload_record()
            throws Exception {
        var stored = put("p-1", "image/jpeg", TestImages.jpeg(1000, 12));
        ObjectId fileId = database.getCollection("photos.files").find().first().getObjectId("_id");
        database.getCollection("photos.uploads").insertOne(new Document("_id", fileId)
                .append("key", key("p-1").value()).append("startedAt", Date.from(Instant.now().minus(Duration.ofDays(1)))));

        assertThat(store.sweepOrphans()).isZero();
        assertThat(store.find(key("p-1"))).contains(stored.attachment());
        assertThat(database.getCollection("photos.chunks").countDocuments()).isEqualTo(1);
        assertThat(database.getCollection("photos.uploads").countDocuments()).isZero();
    }

    @Test
    void an_owners_list_holds_its_attachments_only_by_name() throws Exception {
        put("b", "image/png", TestImages.png(100, 13));
        put("a", "image/jpeg", TestImages.jpeg(100, 14));
        var other = new AttachmentOwner("sample", owner.id() + "x");
        store.put(new AttachmentKey(other, "c"), "image/png", new ByteArrayInputStream(TestImages.png(100, 15)));
        var dotted = new AttachmentOwner("sample", "a.b");
        store.put(new AttachmentKey(dotted, "d"), "image/png", new ByteArrayInputStream(TestImages.png(100, 16)));

        assertThat(store.list(owner)).extracting(a -> a.key().name()).containsExactly("a", "b");
        assertThat(store.list(new AttachmentOwner("sample", "aXb"))).isEmpty();
        assertThat(store.list(new AttachmentOwner("report", owner.id()))).isEmpty();
    }

    @Test
    void ids_outside_the_shape_are_refused() {
        assertThatThrownBy(() -> key("a/b")).hasMessageContaining("1 to 64");
        assertThatThrownBy(() -> key("x".repeat(65))).hasMessageContaining("1 to 64");
        assertThatThrownBy(() -> key("")).hasMessageContaining("1 to 64");
        assertThatThrownBy(() -> new AttachmentOwner("sample", "a/b")).hasMessageContaining("owner");
    }

    private interface Upload<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> race(int uploads, Upload<T> upload) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return upload.run(n);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
