package org.qsp.platform.attachment;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Opens the service's attachment stores, one GridFS bucket each ({@code photos} in inspection): a feature declares
 * {@code @Bean AttachmentStore photos(AttachmentStores stores) { return stores.bucket("photos"); }}. Opening a
 * bucket creates its indexes and removes what crashed uploads left behind; {@link #sweepOrphans} does that again for
 * every bucket opened, which the platform runs every {@code qsp.attachments.sweep-interval} where the service
 * schedules jobs.
 */
public class AttachmentStores {

    private static final Pattern BUCKET = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final MongoDatabaseFactory mongo;
    private final AttachmentProperties properties;
    private final Clock clock;
    private final List<GridFsAttachmentStore> opened = new CopyOnWriteArrayList<>();

    public AttachmentStores(MongoDatabaseFactory mongo, AttachmentProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** A bucket of images (JPEG, PNG). */
    public AttachmentStore bucket(String name) {
        return bucket(name, ImageType.IMAGES);
    }

    /** A bucket that takes the given types ({@code EnumSet.of(JPEG, PNG, PDF)} for documents as well as images). */
    public AttachmentStore bucket(String name, Set<ImageType> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            throw new IllegalArgumentException("a bucket takes at least one type: " + name);
        }
        if (!BUCKET.matcher(name).matches()) {
            throw new IllegalArgumentException("a bucket name is 1 to 32 lowercase letters, digits or hyphens: " + name);
        }
        var store = new GridFsAttachmentStore(mongo.getMongoDatabase(), name, properties.maxBytes().toBytes(),
                properties.orphanAge(), clock, Clock.systemUTC(), accepted);
        store.createIndexes();
        store.sweepOrphans();
        opened.add(store);
        return store;
    }

    /** Removes the chunks of uploads older than the orphan age that never got their files document. */
    public int sweepOrphans() {
        return opened.stream().mapToInt(GridFsAttachmentStore::sweepOrphans).sum();
    }
}
