package org.qsp.rectification.notification.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.rectification.notification.Deliveries;
import org.qsp.rectification.notification.Delivery;
import org.qsp.rectification.notification.DeliveryStatus;

/**
 * The delivery queries on {@code notice_deliveries}. A claim is two statements: one {@code updateMany} leases the due
 * deliveries whose lease is free (and bumps {@code version}, so a writer that loaded one before fails its save and
 * reloads), one query reads back what carries this round's owner.
 */
@Component
class MongoDeliveries implements Deliveries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Delivery> claimDue(Instant dueBy, Instant leaseNow, Instant leaseUntil, String owner, int limit) {
        Query due = new Query(Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(dueBy)
                .orOperator(Criteria.where("leaseUntil").isNull(), Criteria.where("leaseUntil").lt(leaseNow)))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        List<String> ids = mongo.find(due, Delivery.class).stream().map(Delivery::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String round = owner + "/" + UUID.randomUUID();
        mongo.updateMulti(new Query(Criteria.where("_id").in(ids).and("status").is(DeliveryStatus.PENDING)
                        .orOperator(Criteria.where("leaseUntil").isNull(), Criteria.where("leaseUntil").lt(leaseNow))),
                new Update().set("leaseOwner", round).set("leaseUntil", leaseUntil).inc(OutboxDocument.VERSION, 1),
                Delivery.class);
        return mongo.find(new Query(Criteria.where("leaseOwner").is(round)), Delivery.class);
    }

    @Override
    public DeliveryPage ofSubscription(String subscriptionId, int page, int size) {
        return page(new Query(Criteria.where("subscriptionId").is(subscriptionId)), page, size);
    }

    @Override
    public List<String> pendingOf(String subscriptionId) {
        Query query = new Query(Criteria.where("subscriptionId").is(subscriptionId)
                .and("status").is(DeliveryStatus.PENDING));
        query.fields().include("_id");
        return mongo.find(query, Delivery.class).stream().map(Delivery::id).toList();
    }

    @Override
    public DeliveryPage inStatus(DeliveryStatus status, String regionPrefix, int page, int size) {
        // an anchored prefix of a digits-only code, served by the region_by_status index
        return page(new Query(Criteria.where("status").is(status).and("notice.region").regex("^" + regionPrefix)),
                page, size);
    }

    @Override
    public Optional<Delivery> byReadToken(String token) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("readToken").is(token)), Delivery.class));
    }

    private DeliveryPage page(Query query, int page, int size) {
        long total = mongo.count(query, Delivery.class);
        List<Delivery> items = mongo.find(Query.of(query).with(NEWEST_FIRST).skip((long) page * size).limit(size),
                Delivery.class);
        return new DeliveryPage(items, total, page, size);
    }
}
