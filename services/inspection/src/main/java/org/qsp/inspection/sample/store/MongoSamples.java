package org.qsp.inspection.sample.store;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SampleId;
import org.qsp.inspection.sample.SamplePage;
import org.qsp.inspection.sample.SampleSearch;
import org.qsp.inspection.sample.Samples;
import org.qsp.platform.region.Regions;

/** Samples as documents of the {@code samples} collection, the aggregate mapped directly. */
@Component
class MongoSamples implements Samples, InitializingBean {

    static final String REGION = "form.enterprise.region";
    static final String USCC = "form.enterprise.uscc";
    static final String SAMPLED_AT = "form.sampledAt";
    static final String VERDICT = "conclusion.report.overallVerdict";

    private final MongoTemplate mongo;

    MongoSamples(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on(REGION, Sort.Direction.ASC).on(SAMPLED_AT, Sort.Direction.DESC));
        indexes.createIndex(new Index().on(USCC, Sort.Direction.ASC).on(SAMPLED_AT, Sort.Direction.DESC));
    }

    @Override
    public Optional<Sample> find(SampleId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Sample.class, COLLECTION));
    }

    @Override
    public Sample save(Sample sample) {
        try {
            return mongo.save(sample, COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("sample " + sample.id() + " was created concurrently", e);
        }
    }

    @Override
    public SamplePage search(SampleSearch search, int page, int size) {
        if (search.authorityRegion() == null || !search.authorityRegion().matches("\\d{6}")) {
            return new SamplePage(List.of(), 0);
        }
        Criteria criteria = Criteria.where(REGION).regex("^" + Regions.prefix(search.authorityRegion()));
        if (search.uscc() != null) {
            criteria = criteria.and(USCC).is(search.uscc());
        }
        if (search.verdict() != null) {
            criteria = criteria.and(VERDICT).is(search.verdict().name());
        }
        long total = mongo.count(new Query(criteria), Sample.class, COLLECTION);
        Query pageQuery = new Query(criteria)
                .with(Sort.by(Sort.Order.desc(SAMPLED_AT), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return new SamplePage(mongo.find(pageQuery, Sample.class, COLLECTION), total);
    }
}
