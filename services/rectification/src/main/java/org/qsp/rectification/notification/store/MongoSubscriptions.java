package org.qsp.rectification.notification.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.rectification.notification.Channel;
import org.qsp.rectification.notification.NoticeKind;
import org.qsp.rectification.notification.Subscription;
import org.qsp.rectification.notification.SubscriptionStatus;
import org.qsp.rectification.notification.Subscriptions;

/** The subscription queries on {@code notice_subscriptions}; an enterprise has a handful at most. */
@Component
class MongoSubscriptions implements Subscriptions {

    private final MongoTemplate mongo;

    MongoSubscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Subscription> receiving(String uscc, NoticeKind kind) {
        return mongo.find(new Query(Criteria.where("owner").is(uscc).and("kinds").is(kind)
                .and("status").is(SubscriptionStatus.ACTIVE)), Subscription.class);
    }

    @Override
    public List<Subscription> ownedBy(String uscc) {
        return mongo.find(new Query(Criteria.where("owner").is(uscc).and("status").ne(SubscriptionStatus.DELETED))
                .with(Sort.by("createdAt", "_id")), Subscription.class);
    }

    @Override
    public Optional<Subscription> byConfirmationToken(String token) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("confirmationToken").is(token)
                .and("status").is(SubscriptionStatus.PENDING_CONFIRMATION)), Subscription.class));
    }

    @Override
    public List<Subscription> awaitingConfirmationMail(int limit) {
        return mongo.find(new Query(Criteria.where("status").is(SubscriptionStatus.PENDING_CONFIRMATION)
                .and("channel").is(Channel.EMAIL).and("confirmationSentAt").isNull()).limit(limit),
                Subscription.class);
    }
}
