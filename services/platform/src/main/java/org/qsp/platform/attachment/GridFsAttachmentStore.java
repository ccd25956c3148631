package org.qsp.platform.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * An {@link AttachmentStore} on one GridFS bucket: {@code <bucket>.chunks} and {@code <bucket>.files} as every GridFS
 * driver reads them, plus {@code <bucket>.uploads}, one small document per upload in progress.
 *
 * <p>An upload gets a fresh file id; its upload document is written first, then its chunks, then its files document,
 * whose {@code filename} is the attachment's key under a unique index, then the upload document is removed. So a
 * files document exists only for a complete attachment (readers find attachments through it), two uploads under one
 * key at once leave one files document (the second gets a duplicate key, removes its chunks and is answered by the
 * first's), and a crash leaves an upload document that {@link #sweepOrphans} finds once it is older than any upload
 * can take. The chunks are written as GridFS's driver writes them, but by this class: the files document carries
 * the SHA-256 of the bytes, which is known only once they have all been read.
 */
final class GridFsAttachmentStore implements AttachmentStore {

    static final int CHUNK_SIZE = 255 * 1024;
    static final String KEY_INDEX = "attachment_key";

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> uploads;
    private final GridFSBucket bucket;
    private final long maxBytes;
    private final Duration orphanAge;
    private final Clock clock;
    private final Clock realTime;
    private final Set<ImageType> accepted;

    /**
     * @param clock    the service's clock: when an attachment was stored
     * @param realTime the system clock: how old an upload in progress is (a business clock moved forward by a test or
     *                 a simulation must not make a running upload look abandoned)
     */
    GridFsAttachmentStore(MongoDatabase database, String bucketName, long maxBytes, Duration orphanAge, Clock clock,
            Clock realTime) {
        this(database, bucketName, maxBytes, orphanAge, clock, realTime, ImageType.IMAGES);
    }

    /** @param accepted the types this bucket takes; any other declared type is {@code unsupported-media-type} */
    GridFsAttachmentStore(MongoDatabase database, String bucketName, long maxBytes, Duration orphanAge, Clock clock,
            Clock realTime, Set<ImageType> accepted) {
        this.accepted = Set.copyOf(accepted);
        this.files = database.getCollection(bucketName + ".files");
        this.chunks = database.getCollection(bucketName + ".chunks");
        this.uploads = database.getCollection(bucketName + ".uploads");
        this.bucket = GridFSBuckets.create(database, bucketName);
        this.maxBytes = maxBytes;
        this.orphanAge = orphanAge;
        this.clock = clock;
        this.realTime = realTime;
    }

    void createIndexes() {
        files.createIndex(Indexes.ascending("filename"), new IndexOptions().unique(true).name(KEY_INDEX));
        chunks.createIndex(Indexes.ascending("files_id", "n"), new IndexOptions().unique(true));
        uploads.createIndex(Indexes.ascending("startedAt"));
    }

    @Override
    public Stored put(AttachmentKey key, String declaredType, InputStream body) throws IOException {
        ImageType type = ImageType.declared(declaredType).filter(accepted::contains).orElseThrow(() ->
                new UnsupportedAttachment("unsupported-media-type",
                        "send " + ImageType.describe(accepted) + " (got " + declaredType + ")"));
        byte[] leading = body.readNBytes(ImageType.MAGIC_BYTES);
        if (ImageType.sniff(leading).filter(type::equals).isEmpty()) {
            throw new UnsupportedAttachment("attachment-content-mismatch", "the body is not a " + type
                    + (type == ImageType.PDF ? " document" : " image") + " (its first bytes say "
                    + ImageType.sniff(leading).map(ImageType::toString).orElse("none of JPEG, PNG or PDF") + ")");
        }
        Optional<Attachment> existing = find(key);
        if (existing.isPresent()) {
            return replay(key, existing.get(), digestOnly(leading, body));
        }
        ObjectId fileId = new ObjectId();
        uploads.insertOne(new Document("_id", fileId).append("key", key.value())
                .append("startedAt", Date.from(realTime.instant())));
        Written written;
        try {
            written = writeChunks(fileId, leading, body);
        } catch (IOException | RuntimeException | Error e) {
            abandon(fileId);
            throw e;
        }
        Attachment attachment = new Attachment(key, type, written.bytes(), written.sha256(), clock.instant());
        try {
            files.insertOne(filesDocument(fileId, attachment));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            abandon(fileId);
            return replay(key, find(key).orElseThrow(() -> e), written.sha256());
        }
        uploads.deleteOne(Filters.eq("_id", fileId));
        return new Stored(attachment, true);
    }

    private static Stored replay(AttachmentKey key, Attachment stored, String sha256) {
        if (!stored.sha256().equals(sha256)) {
            throw new AttachmentConflict(key);
        }
        return new Stored(stored, false);
    }

    private record Written(long bytes, String sha256) {
    }

    private Written writeChunks(ObjectId fileId, byte[] leading, InputStream body) throws IOException {
        MessageDigest sha = sha256();
        byte[] chunk = new byte[CHUNK_SIZE];
        System.arraycopy(leading, 0, chunk, 0, leading.length);
        int filled = leading.length;
        long total = leading.length;
        int n = 0;
        while (true) {
            int read = body.read(chunk, filled, chunk.length - filled);
            if (read > 0) {
                total += read;
                if (total > maxBytes) {
                    throw new AttachmentTooLarge(maxBytes);
                }
                filled += read;
            }
            if (filled == chunk.length || read < 0 && filled > 0) {
                sha.update(chunk, 0, filled);
                chunks.insertOne(new Document("files_id", fileId).append("n", n++)
                        .append("data", new Binary(Arrays.copyOf(chunk, filled))));
                filled = 0;
            }
            if (read < 0) {
                return new Written(total, HexFormat.of().formatHex(sha.digest()));
            }
        }
    }

    /** A replay's bytes are read (within the limit) only to compare them with what is stored. */
    private String digestOnly(byte[] leading, InputStream body) throws IOException {
        MessageDigest sha = sha256();
        sha.update(leading);
        long total = leading.length;
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = body.read(buffer)) >= 0; ) {
            total += read;
            if (total > maxBytes) {
                throw new AttachmentTooLarge(maxBytes);
            }
            sha.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Removes what an upload wrote; if the store is away now, the sweep does it later from the upload document. */
    private void abandon(ObjectId fileId) {
        try {
            chunks.deleteMany(Filters.eq("files_id", fileId));
            uploads.deleteOne(Filters.eq("_id", fileId));
        } catch (RuntimeException e) {
            // the upload document stays: the sweep removes the chunks once the upload is older than the orphan age
        }
    }

    private Document filesDocument(ObjectId fileId, Attachment attachment) {
        return new Document("_id", fileId).append("length", attachment.bytes()).append("chunkSize", CHUNK_SIZE)
                .append("uploadDate", Date.from(attachment.storedAt())).append("filename", attachment.key().value())
                .append("metadata", new Document("owner", attachment.key().owner().prefix())
                        .append("name", attachment.key().name()).append("contentType", attachment.contentType())
                        .append("sha256", attachment.sha256()));
    }

    @Override
    public Optional<Attachment> find(AttachmentKey key) {
        return Optional.ofNullable(files.find(Filters.eq("filename", key.value())).first())
                .map(doc -> attachment(key.owner(), doc));
    }

    @Override
    public Optional<Content> open(AttachmentKey key) {
        Document doc = files.find(Filters.eq("filename", key.value())).first();
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.of(new Content(attachment(key.owner(), doc), bucket.openDownloadStream(doc.getObjectId("_id"))));
    }

    @Override
    public List<Attachment> list(AttachmentOwner owner) {
        String prefix = owner.prefix().replace(".", "\\.");
        List<Attachment> found = new ArrayList<>();
        files.find(Filters.regex("filename", "^" + prefix)).sort(Sorts.ascending("filename"))
                .forEach(doc -> found.add(attachment(owner, doc)));
        return found;
    }

    private static Attachment attachment(AttachmentOwner owner, Document doc) {
        Document metadata = doc.get("metadata", Document.class);
        ImageType type = ImageType.declared(metadata.getString("contentType")).orElseThrow();
        return new Attachment(new AttachmentKey(owner, metadata.getString("name")), type,
                ((Number) doc.get("length")).longValue(), metadata.getString("sha256"),
                doc.getDate("uploadDate").toInstant());
    }

    /**
     * Uploads older than the orphan age that are still recorded as running: a crash (or a store outage while an
     * upload was being abandoned) left them. Their chunks go, unless the files document was written (the crash came
     * between it and the removal of the upload document), in which case only the upload document goes.
     */
    int sweepOrphans() {
        Date cutoff = Date.from(realTime.instant().minus(orphanAge));
        int removed = 0;
        for (Document upload : uploads.find(Filters.lt("startedAt", cutoff)).limit(1000)) {
            ObjectId fileId = upload.getObjectId("_id");
            if (files.find(Filters.eq("_id", fileId)).first() == null) {
                chunks.deleteMany(Filters.eq("files_id", fileId));
                removed++;
            }
            uploads.deleteOne(Filters.eq("_id", fileId));
        }
        return removed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
