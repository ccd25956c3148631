package org.qsp.harness;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The failed-sample pipeline as the services' own databases on the stack's store hold it: inspection's
 * {@code qsp_inspection.samples}, rectification's {@code qsp_rectification.tasks} and credit's
 * {@code qsp_credit.records} and {@code qsp_credit.enterprises}. Read-only. Field names follow the services' store
 * mappings ({@code Sample.conclusion.recordedAt}, {@code RectificationTask.notices[].issuedAt},
 * {@code CreditRecord.recordedAt}).
 *
 * <p>Lookups go by {@code _id} where the id is derivable (a sample's id, its task {@code RT-<sampleId>}, its
 * enterprise's USCC): the store serves those from its id index. Credit records are keyed by their source event, so
 * {@link #trails} scans the records written since a given time once.
 */
public final class PipelineStores implements AutoCloseable {

    /** Ids per {@code $in} query: keeps each request small. */
    private static final int CHUNK = 500;
    private static final Set<String> FAILED_SAMPLE_RECORDS = Set.of("SAMPLE_FAILED", "SAMPLE_FAILED_SAFETY");
    /** Spring Data maps an embedded {@code id} to {@code _id} too: the task's sample is {@code source._id}. */
    private static final String TASK_SOURCE = "source._id";

    private final MongoClient client;

    /** Quick to fail while the store is down (a chaos run kills it): 3 s to find it, 2 s to connect. */
    public PipelineStores(LocalStack stack) {
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(stack.mongoUri("")))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(c -> c.connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .build());
    }

    /** The client, for readers of other collections on the same store (outboxes, for settling). */
    public MongoClient client() {
        return client;
    }

    /** Whether the sample has its rectification task and its credit record; throws while the store is down. */
    public boolean flowedThrough(String sampleId) {
        return collection("qsp_rectification", "tasks").countDocuments(eq("_id", taskId(sampleId))) > 0
                && collection("qsp_credit", "records").countDocuments(failedRecordsOf(List.of(sampleId))) > 0;
    }

    /** Rectification tasks per sample, for the samples that have any (the sample is the task's {@code source._id}). */
    public Map<String, Integer> tasksBySample(Collection<String> sampleIds) {
        Map<String, Integer> tasks = new HashMap<>();
        inChunks(sampleIds, chunk -> collection("qsp_rectification", "tasks").find(in(TASK_SOURCE, chunk))
                .projection(include(TASK_SOURCE))
                .forEach(task -> tasks.merge(task.get("source", Document.class).getString("_id"), 1, Integer::sum)));
        return tasks;
    }

    /** Credit records of a failed sample's event, per sample, for the samples that have any. */
    public Map<String, Integer> failedSampleRecordsBySample(Collection<String> sampleIds) {
        Map<String, Integer> records = new HashMap<>();
        inChunks(sampleIds, chunk -> collection("qsp_credit", "records").find(failedRecordsOf(chunk))
                .projection(include("sourceId"))
                .forEach(record -> records.merge(record.getString("sourceId"), 1, Integer::sum)));
        return records;
    }

    /**
     * The samples, of those given with their enterprise's USCC, that have not gone through yet: their task is
     * missing, or their enterprise has counted fewer failed-sample records than it has samples here. Index
     * lookups only, so it is cheap enough to poll; exact for enterprises first seen with these samples.
     */
    public Set<String> unsettled(Map<String, String> usccBySample) {
        Set<String> tasks = new HashSet<>();
        forEachIn(collection("qsp_rectification", "tasks"),
                usccBySample.keySet().stream().map(PipelineStores::taskId).toList(), include("_id"),
                task -> tasks.add(task.getString("_id")));
        Map<String, Integer> counted = new HashMap<>();
        forEachIn(collection("qsp_credit", "enterprises"), Set.copyOf(usccBySample.values()), include("tally"),
                enterprise -> counted.put(enterprise.getString("_id"), failedSampleRecords(enterprise)));
        Map<String, Long> samplesPerUscc = usccBySample.values().stream()
                .collect(Collectors.groupingBy(uscc -> uscc, Collectors.counting()));
        return usccBySample.entrySet().stream()
                .filter(sample -> !tasks.contains(taskId(sample.getKey()))
                        || counted.getOrDefault(sample.getValue(), 0) < samplesPerUscc.get(sample.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /**
     * The trails of the given samples, in their order. Credit records are looked for among those recorded at or
     * after {@code since}, which should be before the first of these samples was sent.
     */
    public Map<String, SampleTrail> trails(Collection<String> sampleIds, Instant since) {
        Map<String, String> uscc = new HashMap<>();
        Map<String, Instant> results = new HashMap<>();
        forEachIn(collection("qsp_inspection", "samples"), sampleIds,
                include("form.enterprise.uscc", "conclusion.recordedAt"), sample -> {
                    String id = sample.getString("_id");
                    uscc.put(id, sample.getEmbedded(List.of("form", "enterprise", "uscc"), String.class));
                    Document conclusion = sample.get("conclusion", Document.class);
                    if (conclusion != null) {
                        results.put(id, instant(conclusion.getDate("recordedAt")));
                    }
                });
        Map<String, Instant> notices = new HashMap<>();
        forEachIn(collection("qsp_rectification", "tasks"), sampleIds.stream().map(PipelineStores::taskId).toList(),
                include("notices"), task -> task.getList("notices", Document.class).stream()
                        .filter(notice -> "RECTIFICATION_ORDER".equals(notice.getString("kind"))).findFirst()
                        .ifPresent(notice -> notices.put(task.getString("_id").substring(3),
                                instant(notice.getDate("issuedAt")))));
        Set<String> wanted = Set.copyOf(sampleIds);
        Map<String, List<Instant>> credit = new HashMap<>();
        collection("qsp_credit", "records").find(gte("recordedAt", Date.from(since)))
                .projection(include("sourceId", "type", "recordedAt")).forEach(record -> {
                    String sample = record.getString("sourceId");
                    if (wanted.contains(sample) && FAILED_SAMPLE_RECORDS.contains(record.getString("type"))) {
                        credit.computeIfAbsent(sample, id -> new ArrayList<>())
                                .add(instant(record.getDate("recordedAt")));
                    }
                });
        Map<String, SampleTrail> trails = new LinkedHashMap<>();
        for (String id : sampleIds) {
            trails.put(id, new SampleTrail(id, uscc.get(id), results.get(id), notices.get(id),
                    credit.getOrDefault(id, List.of())));
        }
        return trails;
    }

    @Override
    public void close() {
        client.close();
    }

    private MongoCollection<Document> collection(String database, String name) {
        return client.getDatabase(database).getCollection(name);
    }

    private static void forEachIn(MongoCollection<Document> collection, Collection<String> ids, Bson projection,
            Consumer<Document> each) {
        inChunks(ids, chunk -> collection.find(in("_id", chunk)).projection(projection).forEach(each));
    }

    private static void inChunks(Collection<String> ids, Consumer<List<String>> query) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            query.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    private static Bson failedRecordsOf(List<String> sampleIds) {
        return and(in("sourceId", sampleIds), in("type", FAILED_SAMPLE_RECORDS));
    }

    private static int failedSampleRecords(Document enterprise) {
        List<Document> tally = enterprise.getList("tally", Document.class, List.of());
        return tally.stream().filter(line -> FAILED_SAMPLE_RECORDS.contains(line.getString("type")))
                .mapToInt(line -> line.getInteger("records", 0)).sum();
    }

    /** Rectification's task for a failed sample. */
    public static String taskId(String sampleId) {
        return "RT-" + sampleId;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
