package org.qsp.inspection;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.task.Task;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.QspServiceTest;
import org.qsp.platform.test.ServiceTestKit;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service as deployed (see {@link QspServiceTest}), with the requests a phone or a lab sends.
 * Every integration test class extends this one so that they share one Spring context; tests stay
 * independent through fresh sample ids, USCCs and (where they count) regions.
 */
@QspServiceTest
@TestPropertySource(properties = {
        "qsp.inspection.inspectors.directory.insp-a.region=100000",
        "qsp.inspection.inspectors.directory.insp-b.region=100000",
        "qsp.inspection.inspectors.directory.insp-c.region=100000",
        "qsp.inspection.inspectors.directory.insp-nj.region=320100"})
public abstract class InspectionIntegrationTest {

    /**
     * The inspectors of the directory in these tests, and their authorities: the shipped demo pair of
     * Hangzhou (application.yml) and national ones, insp-a, insp-b and insp-c, who may sample anywhere;
     * a Nanjing inspector for co-signing across authorities.
     */
    protected static final Map<String, String> INSPECTORS = Map.of("insp-a", "100000", "insp-b", "100000",
            "insp-c", "100000",
            "inspector1", "330100", "inspector2", "330100", "insp-nj", "320100");

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String SAMPLES = "samples";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected ServiceTestKit kit;
    @Autowired
    protected AggregateStore<Task> tasks;

    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Opens a targeted task (of a fresh complaint cluster) for the enterprise, assigned to the pair; its id. */
    protected String openTask(String uscc, String region, String... pair) {
        Task task = Task.targeted("CL-" + newId(), region, uscc, "0701", null, List.of(pair),
                LocalDate.now().plusDays(30), Instant.now());
        return tasks.insertIfAbsent(task).aggregate().id();
    }

    /** Opens the re-check task of round {@code round} of the rectification task, assigned to the pair; its id. */
    protected String openRecheckTask(String rectificationTaskId, int round, String uscc, String region,
            String... pair) {
        Task task = Task.recheck(rectificationTaskId, round, region, uscc,
                new Task.Product("速冻水饺", "好味", "500g", "20260201"), List.of(pair), LocalDate.now().plusDays(30),
                Instant.now());
        return tasks.insertIfAbsent(task).aggregate().id();
    }

    /** A complete, valid sampling form signed by the two inspectors. */
    protected static ObjectNode form(String uscc, String region, String inspectorA, String inspectorB) {
        ObjectNode form = JSON.createObjectNode();
        form.putObject("enterprise").put("uscc", uscc).put("name", "杭州示例食品有限公司").put("region", region)
                .put("role", "PRODUCER");
        form.putObject("product").put("name", "速冻水饺").put("brand", "好味").put("model", "500g")
                .put("batch", "20260201");
        form.put("sampledAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        form.putArray("inspectorIds").add(inspectorA).add(inspectorB);
        form.putObject("location").put("lat", 30.25).put("lon", 120.16);
        return form;
    }

    /** A valid form of a fresh enterprise in {@code region}, signed by insp-a and insp-b. */
    protected static ObjectNode form(String region) {
        return form(TestUsccs.valid(region), region, "insp-a", "insp-b");
    }

    protected static ObjectNode item(String name, String verdict, boolean safetyRelated) {
        ObjectNode item = JSON.createObjectNode();
        item.put("item", name).put("method", "GB 4789.2").put("limit", "≤100000").put("measured", "350000")
                .put("unit", "CFU/g").put("verdict", verdict).put("safetyRelated", safetyRelated);
        return item;
    }

    protected static ObjectNode result(String overallVerdict, ObjectNode... items) {
        ObjectNode result = JSON.createObjectNode();
        var array = result.putArray("items");
        for (ObjectNode item : items) {
            array.add(item);
        }
        result.put("overallVerdict", overallVerdict);
        return result;
    }

    protected ResultActions putForm(String sampleId, Object body, RequestPostProcessor token) throws Exception {
        return mvc.perform(put("/api/inspection/v1/samples/{id}", sampleId).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    protected ResultActions putResult(String sampleId, Object body, RequestPostProcessor token) throws Exception {
        return mvc.perform(put("/api/inspection/v1/samples/{id}/result", sampleId).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    /** The token of an inspector of the directory, with the region of their authority. */
    protected static RequestPostProcessor inspector(String id) {
        return Tokens.inspector(id, INSPECTORS.get(id));
    }

    /** Records the form under a new sample id, sent by its first inspector; returns the id. */
    protected String sampled(ObjectNode form) throws Exception {
        String id = newId();
        putForm(id, form, inspector(form.path("inspectorIds").path(0).asString())).andExpect(status().isCreated());
        return id;
    }

    protected ResultActions getSample(String sampleId, RequestPostProcessor token) throws Exception {
        return mvc.perform(get("/api/inspection/v1/samples/{id}", sampleId).with(token));
    }

    /** A regulator's list of samples, answered 200. */
    protected ResultActions list(RequestPostProcessor regulator, String query) throws Exception {
        return mvc.perform(get("/api/inspection/v1/samples?" + query).with(regulator)).andExpect(status().isOk());
    }

    protected static JsonNode body(ResultActions actions) throws Exception {
        return JSON.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The stored document as the store holds it, or null. */
    protected Document stored(String sampleId) {
        return mongo.findById(sampleId, Document.class, SAMPLES);
    }

    /**
     * The stored document once the relay is done with it: its events published and the relay's
     * lease released (the relay's last write, which bumps the version again).
     */
    protected Document settled(String sampleId) {
        kit.awaitPublished(Sample.class, sampleId);
        return stored(sampleId);
    }

    protected List<Document> pendingEvents(String sampleId) {
        return stored(sampleId).getList(OutboxDocument.OUTBOX, Document.class);
    }

    /**
     * Every event published for the sample, of any type, as a final answer: once its outbox is empty
     * (when it exists) and the recorder has read everything the topics hold.
     */
    protected List<ConsumerRecord<String, String>> publishedFor(String sampleId) {
        if (stored(sampleId) != null) {
            kit.awaitPublished(Sample.class, sampleId);
        }
        return kit.recorder().awaitCaughtUp().records().stream().filter(r -> sampleId.equals(r.key())).toList();
    }
}
