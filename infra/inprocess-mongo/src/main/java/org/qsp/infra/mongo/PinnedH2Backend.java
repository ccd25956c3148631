package org.qsp.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/** The H2 backend of mongo-java-server (the local stack's file) with its unique single-field indexes {@link PinnedIndex pinned}. */
public class PinnedH2Backend extends H2Backend {

    public PinnedH2Backend(MVStore store) {
        super(store);
    }

    public PinnedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                    List<IndexKey> keys, boolean sparse) {
                return PinnedIndex.of(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), keys,
                        sparse);
            }
        };
    }
}
