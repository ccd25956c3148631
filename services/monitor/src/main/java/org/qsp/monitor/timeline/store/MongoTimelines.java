package org.qsp.monitor.timeline.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.qsp.monitor.timeline.Subject;
import org.qsp.monitor.timeline.TimelineEntry;
import org.qsp.monitor.timeline.Timelines;

/**
 * Entries in {@code entries} (id: the event key) and subjects in {@code subjects} (id: the subject id). Lists of
 * subjects and ancestors only grow, by {@code $addToSet}: a write repeated changes nothing.
 */
@Component
class MongoTimelines implements Timelines {

    static final String ENTRIES = "entries";
    static final String SUBJECTS = "subjects";

    private final MongoTemplate mongo;

    MongoTimelines(MongoTemplate mongo) {
        this.mongo = mongo;
        var entries = mongo.indexOps(ENTRIES);
        entries.createIndex(new Index().on("subjects", Sort.Direction.ASC).on("time", Sort.Direction.ASC)
                .named("subject_oldest_first"));
        entries.createIndex(new Index().on("uscc", Sort.Direction.ASC).on("time", Sort.Direction.ASC)
                .named("enterprise_oldest_first"));
        entries.createIndex(new Index().on("traceId", Sort.Direction.ASC).named("trace"));
    }

    @Override
    public Optional<Subject> subject(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, SUBJECTS)).map(MongoTimelines::subjectOf);
    }

    @Override
    public List<Subject> subjects(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, SUBJECTS).stream()
                .map(MongoTimelines::subjectOf).toList();
    }

    @Override
    public void remember(Subject subject) {
        Update update = new Update().setOnInsert("kind", subject.kind());
        if (!subject.ancestors().isEmpty()) {
            update.addToSet("ancestors").each(subject.ancestors().toArray());
        }
        upsert(subject.id(), update);
        fillIn(subject.id(), "uscc", subject.uscc());
        fillIn(subject.id(), "region", subject.region());
    }

    @Override
    public void record(TimelineEntry entry) {
        Document document = new Document("_id", entry.eventKey()).append("eventId", entry.eventId())
                .append("type", entry.type()).append("time", Date.from(entry.time()))
                .append("service", entry.service()).append("summary", entry.summary())
                .append("traceId", entry.traceId()).append("subjects", entry.subjects())
                .append("uscc", entry.uscc()).append("region", entry.region())
                .append("standalone", entry.standalone());
        try {
            mongo.insert(document, ENTRIES);
        } catch (DuplicateKeyException recorded) {
            if (!entry.subjects().isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(entry.eventKey())),
                        new Update().addToSet("subjects").each(entry.subjects().toArray()), ENTRIES);
            }
        }
    }

    @Override
    public List<String> subjectsOfTrace(String traceId) {
        Query query = Query.query(Criteria.where("traceId").is(traceId).and("standalone").is(false));
        query.fields().include("subjects");
        LinkedHashSet<String> subjects = new LinkedHashSet<>();
        mongo.find(query.limit(100), Document.class, ENTRIES).forEach(d -> subjects.addAll(strings(d, "subjects")));
        return new ArrayList<>(subjects);
    }

    @Override
    public void linkStandaloneOfTrace(String traceId, List<String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        mongo.updateMulti(Query.query(Criteria.where("traceId").is(traceId).and("standalone").is(true)),
                new Update().addToSet("subjects").each(subjects.toArray()), ENTRIES);
    }

    @Override
    public boolean has(String subjectId, String type) {
        return subjectId != null && mongo.exists(Query.query(Criteria.where("subjects").is(subjectId)
                .and("type").is(type)), ENTRIES);
    }

    @Override
    public List<TimelineEntry> ofSubject(String id, int limit) {
        return entries(Criteria.where("subjects").is(id), limit);
    }

    @Override
    public List<TimelineEntry> ofEnterprise(String uscc, int limit) {
        return entries(Criteria.where("uscc").is(uscc), limit);
    }

    private List<TimelineEntry> entries(Criteria criteria, int limit) {
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "time", "_id")).limit(limit);
        return mongo.find(query, Document.class, ENTRIES).stream().map(MongoTimelines::entryOf).toList();
    }

    private void upsert(String id, Update update) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, SUBJECTS);
        } catch (DuplicateKeyException createdMeanwhile) {
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, SUBJECTS);
        }
    }

    private void fillIn(String id, String field, String value) {
        if (value != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(field).is(null)),
                    new Update().set(field, value), SUBJECTS);
        }
    }

    private static Subject subjectOf(Document d) {
        return new Subject(d.getString("_id"), d.getString("kind"), d.getString("uscc"), d.getString("region"),
                strings(d, "ancestors"));
    }

    private static TimelineEntry entryOf(Document d) {
        Instant time = d.getDate("time").toInstant();
        return new TimelineEntry(d.getString("_id"), d.getString("eventId"), d.getString("type"), time,
                d.getString("service"), d.getString("summary"), d.getString("traceId"), strings(d, "subjects"),
                d.getString("uscc"), d.getString("region"), Boolean.TRUE.equals(d.getBoolean("standalone")));
    }

    private static List<String> strings(Document d, String field) {
        List<String> values = d.getList(field, String.class);
        return values == null ? List.of() : values;
    }
}
