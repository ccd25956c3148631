package org.qsp.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.Topics;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.test.InProcessMongo;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service as deployed: embedded KRaft broker, in-process MongoDB-wire store, MockMvc with
 * tokens. Every integration test class extends this one so that they share one Spring context;
 * tests stay independent through fresh sample ids, USCCs and (where they count) regions.
 */
@SpringBootTest(properties = "qsp.outbox.sweep-interval=1h")
@Import(AdjustableClock.Configuration.class)
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class InspectionIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String SAMPLES = "samples";
    private static TopicRecorder recorder;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected OutboxRelay relay;
    @Autowired
    protected AdjustableClock clock;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("qsp_inspection_it"));
    }

    @BeforeEach
    void recordTheSamplesTopic() {
        if (recorder == null) {
            recorder = new TopicRecorder(broker.getBrokersAsString(), List.of(Topics.INSPECTION_SAMPLES_NAME));
        }
    }

    /** Every record the service published while this class ran satisfies its contract. */
    @AfterAll
    static void everyPublishedRecordIsContractValid() {
        try {
            assertThat(recorder.records()).allSatisfy(TopicRecorder::assertContractValid);
        } finally {
            recorder.close();
            recorder = null;
        }
    }

    protected TopicRecorder recorder() {
        return recorder;
    }

    protected List<ConsumerRecord<String, String>> publishedFor(String sampleId) {
        return recorder().records().stream().filter(r -> sampleId.equals(r.key())).toList();
    }

    protected static String newId() {
        return UUID.randomUUID().toString();
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

    protected ResultActions getSample(String sampleId, RequestPostProcessor token) throws Exception {
        return mvc.perform(get("/api/inspection/v1/samples/{id}", sampleId).with(token));
    }

    protected static JsonNode body(ResultActions actions) throws Exception {
        return JSON.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The stored document as the store holds it, or null. */
    protected Document stored(String sampleId) {
        return mongo.findById(sampleId, Document.class, SAMPLES);
    }

    protected List<Document> pendingEvents(String sampleId) {
        return stored(sampleId).getList("outbox", Document.class);
    }
}
