package org.qsp.complaint.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.QspServiceTest;
import org.qsp.platform.test.ServiceTestKit;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole complaint service against the embedded broker and the in-process store: every subclass shares one
 * Spring context. The acceptance-overdue check runs only when a test calls it; anonymous intake is limited to
 * 1000 per minute so that only the rate-limit test (which has its own limiter) reaches a limit.
 */
@QspServiceTest
@TestPropertySource(properties = {"qsp.complaint.overdue-check-interval=1h",
        "qsp.complaint.anonymous-reports-per-minute=1000"})
abstract class ComplaintIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COUNTY = "330106";
    static final String CASES = "/api/complaint/v1/cases";

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceTestKit kit;
    @Autowired
    AggregateStore<ComplaintCase> cases;
    @Autowired
    MongoTemplate mongo;

    static RequestPostProcessor consumer(String subject) {
        return Tokens.consumer(subject);
    }

    static RequestPostProcessor countyRegulator() {
        return Tokens.regulator("regulator-county", COUNTY);
    }

    /** A valid complaint against {@code uscc} in {@code region}: every field of its exact type. */
    static Map<String, Object> complaint(String uscc, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "COMPLAINT");
        body.put("complainant", Map.of("name", "张三", "phone", "13800138000", "address", "杭州市西湖区文三路1号"));
        body.put("respondent", respondent(uscc, region));
        body.put("category", "food");
        body.put("attributes", Map.of("product_name", "速冻水饺", "brand", "好味", "model", "500g/袋",
                "purchase_date", "2026-02-20", "purchase_place", "西湖区超市", "amount", 25.5));
        body.put("request", "退货并赔偿");
        body.put("facts", "购买的水饺已过保质期");
        body.put("channel", "APP");
        return body;
    }

    /** A valid report naming its reporter. */
    static Map<String, Object> report(String uscc, String region, String reporterName, String reporterPhone) {
        Map<String, Object> body = complaint(uscc, region);
        body.put("kind", "REPORT");
        body.remove("complainant");
        body.remove("request");
        if (reporterName != null) {
            body.put("reporter", Map.of("name", reporterName, "phone", reporterPhone));
        }
        body.put("facts", "该店长期销售过期食品");
        return body;
    }

    static Map<String, Object> respondent(String uscc, String region) {
        Map<String, Object> respondent = new LinkedHashMap<>();
        respondent.put("name", "杭州示例食品有限公司");
        if (uscc != null) {
            respondent.put("uscc", uscc);
        }
        respondent.put("address", "杭州市西湖区示例路8号");
        respondent.put("region", region);
        return respondent;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    /** Files and answers the body of the 201. */
    JsonNode file(Object body, RequestPostProcessor caller) throws Exception {
        var request = post(CASES).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(json(body));
        if (caller != null) {
            request.with(caller);
        }
        return read(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    String fileCase(Object body, RequestPostProcessor caller) throws Exception {
        return file(body, caller).get("caseId").asString();
    }

    JsonNode postJson(String path, Object body, RequestPostProcessor caller) throws Exception {
        var request = post(path).with(caller);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        return read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    JsonNode getJson(String path, RequestPostProcessor caller) throws Exception {
        return read(mvc.perform(get(path).with(caller)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    ComplaintCase awaitPublished(String caseId) {
        return kit.awaitPublished(ComplaintCase.class, caseId);
    }

    long storedCases() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), ComplaintCase.class);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).asString()).toList();
    }
}
