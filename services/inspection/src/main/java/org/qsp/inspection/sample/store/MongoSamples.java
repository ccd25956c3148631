package org.qsp.inspection.sample.store;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.inspection.sample.ResultStage;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SamplePage;
import org.qsp.inspection.sample.SampleSearch;
import org.qsp.inspection.sample.Samples;
import org.qsp.inspection.sample.SamplingAttempt;

/** The regulators' lists over the {@code samples} collection (indexes: see {@link Sample}). */
@Component
class MongoSamples implements Samples {

    static final String REGION = "form.enterprise.region";
    static final String USCC = "form.enterprise.uscc";
    static final String SAMPLED_AT = "form.sampledAt";
    static final String VERDICT = "conclusion.report.overallVerdict";

    private final MongoTemplate mongo;

    MongoSamples(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * An anchored prefix on the region, or one enterprise's samples: the index on region (or USCC) and sampling time
     * serves it.
     */
    @Override
    public SamplePage search(SampleSearch search, int page, int size) {
        Criteria criteria = search.regionPrefix() == null ? Criteria.where(USCC).is(search.uscc())
                : Criteria.where(REGION).regex("^" + search.regionPrefix());
        if (search.uscc() != null && search.regionPrefix() != null) {
            criteria = criteria.and(USCC).is(search.uscc());
        }
        if (search.verdict() != null) {
            criteria = criteria.and(VERDICT).is(search.verdict().name());
        }
        long total = mongo.count(new Query(criteria), Sample.class);
        Query pageQuery = new Query(criteria)
                .with(Sort.by(Sort.Order.desc(SAMPLED_AT), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return new SamplePage(mongo.find(pageQuery, Sample.class), total);
    }

    /** Served by the index on stage and last day. */
    @Override
    public List<String> openWithLastDayBefore(LocalDate day, int limit) {
        Query query = new Query(Criteria.where("resultStage").is(ResultStage.OPEN.name()).and("contestBy").lt(day))
                .with(Sort.by("contestBy", "_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, mongo.getCollectionName(Sample.class)).stream()
                .map(d -> d.getString("_id")).toList();
    }

    /** Served by the sparse index on the pending flag (only visits whose task link is unsettled carry it). */
    @Override
    public List<String> withPendingTask(int limit) {
        return pendingTask(mongo.getCollectionName(Sample.class), limit);
    }

    @Override
    public List<String> attemptsWithPendingTask(int limit) {
        return pendingTask(mongo.getCollectionName(SamplingAttempt.class), limit);
    }

    private List<String> pendingTask(String collection, int limit) {
        Query query = new Query(Criteria.where("taskPending").is(true)).with(Sort.by("_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> d.getString("_id")).toList();
    }
}
