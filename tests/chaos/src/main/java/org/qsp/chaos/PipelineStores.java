package org.qsp.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.qsp.harness.LocalStack;

/**
 * What the pipeline wrote, read from the services' own databases on the stack's store (read only; only the driver
 * is allowed this: no service reads another's database). Names follow the services' mappings:
 * rectification's {@code RectificationTask} in {@code qsp_rectification.tasks} ({@code _id} {@code RT-<sampleId>};
 * the sample in {@code source._id}: Spring Data maps a property named {@code id} to {@code _id} in embedded
 * documents too), credit's {@code CreditRecord} in {@code qsp_credit.records} ({@code sourceId} the
 * sample, {@code type} {@code SAMPLE_FAILED} or {@code SAMPLE_FAILED_SAFETY} for a failed sample's event).
 */
final class PipelineStores implements AutoCloseable {

    static final List<String> FAILED_SAMPLE_RECORD_TYPES = List.of("SAMPLE_FAILED", "SAMPLE_FAILED_SAFETY");
    private static final String TASK_SOURCE = "source._id";
    private static final int BATCH = 500;

    private final MongoClient client;

    PipelineStores(LocalStack stack) {
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + stack.port("mongo")))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .build());
    }

    MongoClient client() {
        return client;
    }

    static String taskId(String sampleId) {
        return "RT-" + sampleId;
    }

    /** Whether the sample has its rectification task and its credit record; throws while the store is down. */
    boolean flowedThrough(String sampleId) {
        return tasks().countDocuments(Filters.eq("_id", taskId(sampleId))) > 0
                && records().countDocuments(failedRecordsOf(List.of(sampleId))) > 0;
    }

    /** Rectification tasks per sample, for the samples that have any. */
    Map<String, Integer> tasksBySample(Collection<String> sampleIds) {
        Map<String, Integer> tasks = new HashMap<>();
        inBatches(sampleIds, batch -> tasks().find(Filters.in(TASK_SOURCE, batch))
                .projection(Projections.include(TASK_SOURCE))
                .forEach(task -> tasks.merge(task.get("source", Document.class).getString("_id"), 1, Integer::sum)));
        return tasks;
    }

    /** Credit records of a failed sample's event, per sample, for the samples that have any. */
    Map<String, Integer> failedSampleRecordsBySample(Collection<String> sampleIds) {
        Map<String, Integer> records = new HashMap<>();
        inBatches(sampleIds, batch -> records().find(failedRecordsOf(batch)).projection(Projections.include("sourceId"))
                .forEach(record -> records.merge(record.getString("sourceId"), 1, Integer::sum)));
        return records;
    }

    private static Bson failedRecordsOf(List<String> sampleIds) {
        return Filters.and(Filters.in("sourceId", sampleIds), Filters.in("type", FAILED_SAMPLE_RECORD_TYPES));
    }

    private static void inBatches(Collection<String> ids, Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            query.accept(all.subList(from, Math.min(from + BATCH, all.size())));
        }
    }

    private MongoCollection<Document> tasks() {
        return client.getDatabase("qsp_rectification").getCollection("tasks");
    }

    private MongoCollection<Document> records() {
        return client.getDatabase("qsp_credit").getCollection("records");
    }

    @Override
    public void close() {
        client.close();
    }
}
