package org.qsp.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Import jobs in a collection the service names: targeted updates, each only while the job is RUNNING. */
public class MongoImportJobs implements ImportJobs {

    static final String INTERRUPTED = "interrupted: the import stopped with its process; send the file again (rows "
            + "already imported are upserted again by USCC, so nothing is doubled)";

    private final MongoTemplate mongo;
    private final String collection;

    public MongoImportJobs(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    @Override
    public void insert(ImportJob job) {
        mongo.insert(job, collection);
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, collection));
    }

    @Override
    public void progress(String id, long rowsDone, long rowsImported, long bytesDone, long newErrorCount,
            List<ImportJob.RowError> newErrors, Instant at) {
        Update update = new Update().set("rowsDone", rowsDone).set("rowsImported", rowsImported)
                .set("bytesDone", bytesDone).set("heartbeatAt", at).inc("errorCount", newErrorCount);
        if (!newErrors.isEmpty()) {
            update.push("errors").each(newErrors.toArray());
        }
        mongo.updateFirst(running(id), update, collection);
    }

    @Override
    public void finish(String id, ImportJob.Status status, String failure, Instant at) {
        mongo.updateFirst(running(id), new Update().set("status", status).set("finishedAt", at)
                .set("heartbeatAt", at).set("failure", failure), collection);
    }

    @Override
    public int failStale(Instant before) {
        return (int) mongo.updateMulti(Query.query(Criteria.where("status").is(ImportJob.Status.RUNNING)
                .and("heartbeatAt").lt(before)), new Update().set("status", ImportJob.Status.FAILED)
                .set("finishedAt", before).set("failure", INTERRUPTED), collection).getModifiedCount();
    }

    private static Query running(String id) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(ImportJob.Status.RUNNING));
    }
}
