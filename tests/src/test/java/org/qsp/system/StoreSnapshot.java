package org.qsp.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Every document of every service database ({@code qsp_*}) as a digest, keyed by database, collection and id: two
 * snapshots show what was stored, changed or removed between them. A relay's lease on a document is not part of
 * its content.
 */
record StoreSnapshot(Map<String, String> documents) {

    static StoreSnapshot of(MongoClient store) {
        Map<String, String> documents = new TreeMap<>();
        for (String name : store.listDatabaseNames()) {
            if (!name.startsWith("qsp_")) {
                continue;
            }
            MongoDatabase database = store.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    document.remove("outboxLease");
                    documents.put(name + "." + collection + "/" + document.get("_id"), digest(document.toJson()));
                }
            }
        }
        return new StoreSnapshot(documents);
    }

    /** What differs in {@code later}: documents added, changed and removed since this snapshot. */
    List<String> changesIn(StoreSnapshot later) {
        List<String> changes = new ArrayList<>();
        later.documents.forEach((key, digest) -> {
            String before = documents.get(key);
            if (before == null) {
                changes.add("added " + key);
            } else if (!before.equals(digest)) {
                changes.add("changed " + key);
            }
        });
        documents.keySet().stream().filter(key -> !later.documents.containsKey(key))
                .forEach(key -> changes.add("removed " + key));
        return changes;
    }

    private static String digest(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
