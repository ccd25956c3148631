package org.qsp.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * The memory backend of mongo-java-server (the tests' store: nothing outlives the process) with its unique
 * single-field indexes {@link PinnedIndex pinned}.
 */
public class PinnedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new MemoryDatabase(databaseName, getCursorRegistry()) {
            @Override
            protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                    List<IndexKey> keys, boolean sparse) {
                return PinnedIndex.of(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), keys,
                        sparse);
            }
        };
    }
}
