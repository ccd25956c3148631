package org.qsp.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A unique single-field index of mongo-java-server that also answers a query which fixes its field and says more:
 * {@code {_id: "E1", version: 7}} or {@code {$and: [{_id: "E1"}, {version: 7}]}}, as every version-checked write
 * sends. The index gives the candidates for the field
 * alone, and the collection matches the whole query on them (it always matches the query on what an index gives), as
 * MongoDB's planner would use the {@code _id} index for it.
 *
 * <p>Left to itself, mongo-java-server answers from an index only a query whose fields are exactly the index's, and
 * scans the whole collection otherwise: each version-checked write then costs the size of its collection, and a job
 * that writes every document of a collection costs its square. Everything but the choice of candidates is the
 * wrapped index's.
 */
public final class PinnedIndex<P> extends Index<P> {

    private final Index<P> index;
    private final String field;

    private PinnedIndex(Index<P> index, List<IndexKey> keys, boolean sparse) {
        super(index.getName(), keys, sparse);
        this.index = index;
        this.field = keys.get(0).getKey();
    }

    /** The index, pinned when it is unique and on a single field; otherwise as it is. */
    public static <P> Index<P> of(Index<P> index, List<IndexKey> keys, boolean sparse) {
        return index.isUnique() && keys.size() == 1 ? new PinnedIndex<>(index, keys, sparse) : index;
    }

    @Override
    public boolean canHandle(Document query) {
        return index.canHandle(query) || pinned(query) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query) : index.getPositions(pinned(query));
    }

    /**
     * The query's condition on the field alone, when the index can answer that ({@code {_id: x}},
     * {@code {_id: {$in: […]}}}, not {@code {_id: {$gt: x}}}): a condition beside others ({@code {_id: x, version: 7}})
     * or one of an {@code $and} ({@code {$and: [{_id: x}, {version: 7}]}}, as the Java driver's {@code Filters.and}
     * writes it); every document the query matches meets it. Null when the query has none.
     */
    private Document pinned(Document query) {
        if (query.containsKey(field)) {
            Document alone = new Document(field, query.get(field));
            if (index.canHandle(alone)) {
                return alone;
            }
        }
        if (query.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document conjunct) {
                    Document alone = pinned(conjunct);
                    if (alone != null) {
                        return alone;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }
}
