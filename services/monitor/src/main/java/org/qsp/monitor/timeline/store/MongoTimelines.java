package org.qsp.monitor.timeline.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
 * Entries in {@code entries} (id: the event key), subjects in {@code subjects} (id: the subject id), and traces in
 * {@code traces} (id: the trace id): the cases a trace's events name and its standalone entries, so that linking the
 * two is a read and a write by id rather than a query over the entries. Lists of subjects, ancestors and entries
 * only grow, by {@code $addToSet}: a write repeated changes nothing.
 * <p>
 * A standalone entry and a case event of one trace may be projected at once (by two topics' consumers). Each adds
 * itself to the trace's document and gets the document back in the same atomic write: whichever comes second sees
 * the first, and the standalone entry is stored before it adds itself, so one of the two always links them.
 */
@Component
class MongoTimelines implements Timelines {

    static final String ENTRIES = "entries";
    static final String SUBJECTS = "subjects";
    static final String TRACES = "traces";
    private static final FindAndModifyOptions UPSERT_NEW = FindAndModifyOptions.options().upsert(true).returnNew(true);
    private static final FindAndModifyOptions UPSERT_OLD = FindAndModifyOptions.options().upsert(true)
            .returnNew(false);

    private final MongoTemplate mongo;

    MongoTimelines(MongoTemplate mongo) {
        this.mongo = mongo;
        var entries = mongo.indexOps(ENTRIES);
        entries.createIndex(new Index().on("subjects", Sort.Direction.ASC).on("time", Sort.Direction.ASC)
                .named("subject_oldest_first"));
        entries.createIndex(new Index().on("uscc", Sort.Direction.ASC).on("time", Sort.Direction.ASC)
                .named("enterprise_oldest_first"));
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
        if (subject.uscc() != null) {
            update.setOnInsert("uscc", subject.uscc());
        }
        if (subject.region() != null) {
            update.setOnInsert("region", subject.region());
        }
        Document before = upsert(SUBJECTS, subject.id(), update, UPSERT_OLD);
        if (before != null) {
            if (before.getString("uscc") == null) {
                fillIn(subject.id(), "uscc", subject.uscc());
            }
            if (before.getString("region") == null) {
                fillIn(subject.id(), "region", subject.region());
            }
        }
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
            addSubjects(entry.eventKey(), entry.subjects());
        }
        if (entry.standalone() && entry.traceId() != null) {
            Document trace = upsert(TRACES, entry.traceId(), new Update().addToSet("standalone", entry.eventKey()),
                    UPSERT_NEW);
            List<String> cases = strings(trace, "subjects");
            if (!entry.subjects().containsAll(cases)) {
                addSubjects(entry.eventKey(), cases);
            }
        }
    }

    @Override
    public List<String> subjectsOfTrace(String traceId) {
        Document trace = mongo.findById(traceId, Document.class, TRACES);
        return trace == null ? List.of() : strings(trace, "subjects");
    }

    @Override
    public void linkStandaloneOfTrace(String traceId, List<String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        Document trace = upsert(TRACES, traceId, new Update().addToSet("subjects").each(subjects.toArray()),
                UPSERT_NEW);
        List<String> standalone = strings(trace, "standalone");
        if (!standalone.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(standalone)),
                    new Update().addToSet("subjects").each(subjects.toArray()), ENTRIES);
        }
    }

    private void addSubjects(String eventKey, List<String> subjects) {
        if (!subjects.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(eventKey)),
                    new Update().addToSet("subjects").each(subjects.toArray()), ENTRIES);
        }
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

    /** The document before or after the update, as the options say; an upsert that lost a race is run again. */
    private Document upsert(String collection, String id, Update update, FindAndModifyOptions options) {
        Query query = Query.query(Criteria.where("_id").is(id));
        try {
            return mongo.findAndModify(query, update, options, Document.class, collection);
        } catch (DuplicateKeyException createdMeanwhile) {
            return mongo.findAndModify(query, update, options, Document.class, collection);
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
