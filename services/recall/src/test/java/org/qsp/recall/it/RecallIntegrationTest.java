package org.qsp.recall.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.QspServiceTest;
import org.qsp.platform.test.ServiceTestKit;
import org.qsp.platform.test.Tokens;
import org.qsp.recall.investigation.Investigation;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.lead.LeadId;
import org.qsp.recall.lead.LeadSource;
import org.qsp.recall.recalls.OverdueCheck;
import org.qsp.recall.recalls.Recall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole recall service against the embedded broker and the in-process store: every subclass shares one Spring
 * context. The overdue check runs only when a test calls it.
 */
@QspServiceTest
@TestPropertySource(properties = "qsp.recall.overdue-check-interval=1h")
abstract class RecallIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Where the test enterprises are: a county of Hangzhou, which the city regulator 330100 covers. */
    static final String COUNTY = "330106";
    static final String CITY = "330100";
    static final String LEADS = "/api/recall/v1/leads";
    static final String INVESTIGATIONS = "/api/recall/v1/investigations";
    static final String RECALLS = "/api/recall/v1/recalls";
    static final String FEED = "/api/recall/v1/public/recalls";

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceTestKit kit;
    @Autowired
    AggregateStore<DefectLead> leads;
    @Autowired
    AggregateStore<Investigation> investigations;
    @Autowired
    AggregateStore<Recall> recalls;
    @Autowired
    OverdueCheck overdueCheck;
    @Autowired
    MongoTemplate mongo;

    static RequestPostProcessor regulator() {
        return Tokens.regulator("regulator-hz", CITY);
    }

    static RequestPostProcessor enterprise(String uscc) {
        return Tokens.enterprise("ent-" + uscc, uscc);
    }

    LocalDate today() {
        return LocalDate.ofInstant(kit.clock().instant(), SHANGHAI);
    }

    /** A failed sample of the enterprise; {@code safetyRelated}: its one failed item is a hazard. */
    static SampleFailed failedSample(String sampleId, String uscc, boolean safetyRelated) {
        return new SampleFailed(sampleId, new EnterpriseRef(uscc, "杭州示例食品有限公司", COUNTY),
                new ProductRef("速冻水饺", "好味", "500g/袋", "20261101"), Instant.parse("2026-11-20T02:00:00Z"),
                Instant.parse("2026-11-25T02:00:00Z"), List.of(new SampleFailed.FailedItem("菌落总数", "≤100000",
                        "350000", "CFU/g", safetyRelated)), safetyRelated);
    }

    /** Publishes a safety-related failure of the enterprise and waits for its lead. */
    String leadFor(String uscc) {
        String sampleId = UUID.randomUUID().toString();
        kit.awaitConsumed(kit.publish(EventCatalog.SAMPLE_FAILED, sampleId, failedSample(sampleId, uscc, true)));
        return LeadId.forSource(LeadSource.Type.SAMPLE_FAILED, sampleId).value();
    }

    /** A lead of the enterprise and its investigation, opened by the city regulator. */
    String investigationOf(String uscc) throws Exception {
        String lead = leadFor(uscc);
        return send(post(INVESTIGATIONS), Map.of("leadId", lead), regulator(), 201).get("investigationId")
                .asString();
    }

    /** A valid voluntary food recall plan of the enterprise (in the region its USCC names), dated from today. */
    Map<String, Object> plan(String uscc) {
        LocalDate today = today();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productType", "FOOD");
        body.put("level", 2);
        body.put("producer", new LinkedHashMap<>(Map.of("name", "杭州示例食品有限公司", "uscc", uscc,
                "region", uscc.substring(2, 8),
                "contact", Map.of("name", "李经理", "phone", "0571-88886666"))));
        body.put("product", new LinkedHashMap<>(Map.of("name", "速冻水饺", "brand", "好味", "model", "500g/袋",
                "codeInfo", "批号 20261101-20261115", "productionFrom", today.minusDays(40).toString(),
                "productionTo", today.minusDays(20).toString())));
        body.put("quantityProduced", 5000);
        body.put("quantityAffected", 1000);
        body.put("salesRegions", List.of("330100", "330200"));
        body.put("salesChannels", List.of("SUPERMARKET", "ONLINE"));
        body.put("defect", new LinkedHashMap<>(Map.of("description", "菌落总数超标，可能引起肠道疾病",
                "hazardType", "MICROBIOLOGICAL",
                "evidence", List.of(Map.of("type", "TEST_REPORT", "reference", "report:2026-1101")))));
        body.put("remedies", List.of("REFUND"));
        body.put("schedule", new LinkedHashMap<>(Map.of("start", today.toString(),
                "end", today.plusDays(20).toString())));
        body.put("publicity", "在官网、门店和电商平台发布召回公告");
        return body;
    }

    /** The enterprise files a voluntary recall of its own accord; its id. */
    String fileVoluntary(String uscc) throws Exception {
        return fileVoluntary(plan(uscc), uscc);
    }

    String fileVoluntary(Map<String, Object> plan, String uscc) throws Exception {
        return send(post(RECALLS).header("Idempotency-Key", UUID.randomUUID().toString()), plan, enterprise(uscc),
                201).get("recallId").asString();
    }

    /** A voluntary recall of the enterprise whose plan the regulator of its region accepted: public, ONGOING. */
    String ongoingRecall(String uscc) throws Exception {
        String id = fileVoluntary(uscc);
        send(post(RECALLS + "/" + id + "/review"), Map.of("decision", "ACCEPT"),
                Tokens.regulator("regulator-" + uscc.substring(2, 8), uscc.substring(2, 8)), 200);
        return id;
    }

    static Map<String, Object> units(int recovered, int repaired, int replaced, int refunded) {
        return new LinkedHashMap<>(Map.of("unitsRecovered", recovered, "unitsRepaired", repaired, "unitsReplaced",
                replaced, "unitsRefunded", refunded));
    }

    /** Sends the request (with a JSON body when there is one) and answers the body of the expected status. */
    JsonNode send(MockHttpServletRequestBuilder request, Object body, RequestPostProcessor caller, int expected)
            throws Exception {
        if (caller != null) {
            request.with(caller);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        String answer = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
    }

    JsonNode getJson(String path, RequestPostProcessor caller) throws Exception {
        return send(get(path), null, caller, 200);
    }

    JsonNode putJson(String path, Object body, RequestPostProcessor caller) throws Exception {
        return send(put(path), body, caller, 200);
    }

    JsonNode postJson(String path, Object body, RequestPostProcessor caller) throws Exception {
        return send(post(path), body, caller, 200);
    }

    /** The feed lists a change once it is 2 s old: move the clock on past that. */
    void letTheFeedSettle() {
        kit.clock().advance(Duration.ofSeconds(3));
    }

    long count(Class<?> type) {
        return mongo.count(new Query(), type);
    }

    <A extends org.qsp.platform.outbox.OutboxDocument> A awaitPublished(Class<A> type, String id) {
        return kit.awaitPublished(type, id);
    }

    static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).until(condition);
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.path(field).asString()).toList();
    }

    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = deepCopy(body);
        String[] steps = path.split("\\.");
        Map<String, Object> at = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            at = castMap(at.get(steps[i]));
        }
        if (value == REMOVE) {
            at.remove(steps[steps.length - 1]);
        } else {
            at.put(steps[steps.length - 1], value);
        }
        return copy;
    }

    static final Object REMOVE = new Object();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return copy;
    }
}
