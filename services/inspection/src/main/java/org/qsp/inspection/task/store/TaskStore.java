package org.qsp.inspection.task.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.inspection.task.Task;
import org.qsp.inspection.task.TaskSearch;
import org.qsp.inspection.task.TaskType;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.platform.store.PagedQuery;

@Configuration(proxyBeanMethods = false)
class TaskStore {

    @Bean
    AggregateStore<Task> tasks(AggregateStores stores) {
        return stores.of(Task.class, Task.DESCRIPTION);
    }

    @Bean
    TaskSearch taskSearch(MongoTemplate mongo) {
        return new MongoTaskSearch(mongo);
    }

    /** The task queries on {@code tasks}, served by its inspector and authority indexes. */
    static final class MongoTaskSearch implements TaskSearch {

        private static final Sort OPEN_FIRST = Sort.by(Sort.Order.desc("status"), Sort.Order.asc("dueBy"),
                Sort.Order.asc("_id"));
        private static final int CHUNK = 1000;

        private final MongoTemplate mongo;

        MongoTaskSearch(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public Page<Task> assignedTo(String inspectorId, int page, int size) {
            return PagedQuery.of(Task.class).is("inspectorIds", inspectorId).page(mongo, OPEN_FIRST, page, size);
        }

        @Override
        public Set<String> drawnByAuthority(String region, String level, Collection<String> categories,
                Instant since) {
            return usccs(Query.query(Criteria.where("type").is(TaskType.DRAWN.name()).and("authorityRegion").is(region)
                    .and("authorityLevel").is(level).and("category").in(categories).and("openedAt").gte(java.util.Date.from(since))));
        }

        @Override
        public Set<String> drawnInYearBy(Collection<String> authorityRegions, int year, Collection<String> categories) {
            if (authorityRegions.isEmpty()) {
                return Set.of();
            }
            return usccs(Query.query(Criteria.where("type").is(TaskType.DRAWN.name()).and("authorityRegion")
                    .in(authorityRegions).and("planYear").is(year).and("category").in(categories)));
        }

        @Override
        public void insertMissing(List<Task> tasks) {
            for (int from = 0; from < tasks.size(); from += CHUNK) {
                List<Task> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
                try {
                    mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Task.class)
                            .insert(chunk.stream().map(this::firstVersion).toList()).execute();
                } catch (DuplicateKeyException | MongoBulkWriteException
                        | org.springframework.data.mongodb.BulkOperationException repeated) {
                    // some tasks of the chunk exist (a repeated opening): the others were inserted (unordered)
                    insertOneByOne(chunk);
                }
            }
        }

        /**
         * The task as the template's {@code insert} stores it, version 0: a bulk insert leaves the {@code @Version}
         * unset, and a task stored without one is taken for a new one by its first update (whose save then inserts
         * it again, a duplicate key).
         */
        private Document firstVersion(Task task) {
            Document document = new Document();
            mongo.getConverter().write(task, document);
            document.put(OutboxDocument.VERSION, 0L);
            return document;
        }

        private void insertOneByOne(List<Task> chunk) {
            for (Task task : chunk) {
                if (!mongo.exists(Query.query(Criteria.where("_id").is(task.id())), Task.class)) {
                    try {
                        mongo.insert(task);
                    } catch (DuplicateKeyException meanwhile) {
                        // inserted by another opening of the same draw
                    }
                }
            }
        }

        private Set<String> usccs(Query query) {
            query.fields().include("uscc");
            Set<String> found = new HashSet<>();
            mongo.find(query, org.bson.Document.class, Task.COLLECTION).forEach(d -> found.add(d.getString("uscc")));
            return found;
        }
    }
}
