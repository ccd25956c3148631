package org.qsp.recall.feed.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.platform.region.Regions;
import org.qsp.recall.feed.FeedQuery;
import org.qsp.recall.feed.FeedSearch;
import org.qsp.recall.recalls.Publication;
import org.qsp.recall.recalls.Recall;

/**
 * The feed's reads of the {@code recalls} collection: they read the {@code publication} of each recall and nothing
 * else, in the order of the {@code feed_order} index (last published, recall number).
 */
@Component
class MongoFeedSearch implements FeedSearch {

    private static final String PUBLICATION = "publication";
    private static final String LAST_PUBLISHED = "publication.dates.lastPublished";
    private static final Sort FEED_ORDER = Sort.by(Sort.Order.asc(LAST_PUBLISHED), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    MongoFeedSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Publication> find(FeedQuery q, int limit) {
        List<Criteria> all = new ArrayList<>();
        Criteria published = Criteria.where(LAST_PUBLISHED).lte(q.until());
        if (q.updatedSince() != null) {
            published = published.gt(q.updatedSince());
        }
        all.add(published);
        if (q.cursor() != null) {
            all.add(new Criteria().orOperator(Criteria.where(LAST_PUBLISHED).gt(q.cursor().lastPublished()),
                    Criteria.where(LAST_PUBLISHED).is(q.cursor().lastPublished()).and("_id")
                            .gt(q.cursor().recallNumber())));
        }
        if (q.status() != null) {
            all.add(Criteria.where("publication.status").is(q.status()));
        }
        if (q.uscc() != null) {
            all.add(Criteria.where("publication.producer.uscc").is(q.uscc()));
        }
        if (q.region() != null && !Regions.NATIONAL.equals(q.region())) {
            String within = "^" + Regions.prefix(q.region());
            all.add(new Criteria().orOperator(Criteria.where("publication.salesRegions").in(coveringOf(q.region())),
                    Criteria.where("publication.salesRegions").regex(within),
                    Criteria.where("publication.producer.region").regex(within)));
        }
        if (q.text() != null) {
            String quoted = Pattern.quote(q.text());
            all.add(new Criteria().orOperator(Criteria.where("publication.product.name").regex(quoted, "i"),
                    Criteria.where("publication.product.brand").regex(quoted, "i")));
        }
        Query query = new Query(new Criteria().andOperator(all)).with(FEED_ORDER).limit(limit);
        query.fields().include(PUBLICATION);
        return mongo.find(query, Recall.class).stream().map(Recall::publication).toList();
    }

    @Override
    public Optional<Publication> byNumber(String recallNumber) {
        Query query = new Query(Criteria.where("_id").is(recallNumber).and(PUBLICATION).ne(null));
        query.fields().include(PUBLICATION);
        return Optional.ofNullable(mongo.findOne(query, Recall.class)).map(Recall::publication);
    }

    /** The region and the regions above it (its city, its province, the nation): sold there reaches it. */
    private static Set<String> coveringOf(String region) {
        Set<String> covering = new LinkedHashSet<>();
        covering.add(region);
        covering.add(region.substring(0, 4) + "00");
        covering.add(region.substring(0, 2) + "0000");
        covering.add(Regions.NATIONAL);
        return covering;
    }
}
