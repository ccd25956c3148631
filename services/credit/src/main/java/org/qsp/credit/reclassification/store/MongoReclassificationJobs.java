package org.qsp.credit.reclassification.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import org.qsp.credit.reclassification.ReclassificationJob;
import org.qsp.credit.reclassification.ReclassificationJobs;

/** Jobs on {@code reclassifications} (targeted updates while RUNNING), the lease one document of its own. */
@Repository
class MongoReclassificationJobs implements ReclassificationJobs {

    static final String LEASES = "reclassification_lease";
    private static final String LEASE = "reclassification";

    private final MongoTemplate mongo;

    MongoReclassificationJobs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insertIfAbsent(ReclassificationJob job) {
        try {
            mongo.insert(job);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public Optional<ReclassificationJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReclassificationJob.class));
    }

    @Override
    public Optional<ReclassificationJob> running() {
        return Optional.ofNullable(mongo.findOne(Query.query(where("status").is(ReclassificationJob.Status.RUNNING)),
                ReclassificationJob.class));
    }

    @Override
    public void progress(String id, String lastUscc, long done, long changed, Instant at) {
        mongo.updateFirst(running(id), new Update().set("lastUscc", lastUscc).set("done", done)
                .set("changed", changed).set("heartbeatAt", at), ReclassificationJob.class);
    }

    @Override
    public void finish(String id, ReclassificationJob.Status status, String failure, Instant at) {
        mongo.updateFirst(running(id), new Update().set("status", status).set("finishedAt", at)
                .set("heartbeatAt", at).set("failure", failure), ReclassificationJob.class);
    }

    /** An upsert on the lease's id: another holder whose time has not run out makes it a duplicate key. */
    @Override
    public boolean lease(String owner, Instant now, Instant until) {
        Query free = Query.query(new Criteria().andOperator(where("_id").is(LEASE),
                new Criteria().orOperator(where("owner").is(owner), where("until").lt(now))));
        try {
            mongo.findAndModify(free, new Update().set("owner", owner).set("until", until),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, LEASES);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    @Override
    public void release(String owner) {
        mongo.remove(Query.query(where("_id").is(LEASE).and("owner").is(owner)), LEASES);
    }

    private static Query running(String id) {
        return Query.query(where("_id").is(id).and("status").is(ReclassificationJob.Status.RUNNING));
    }
}
