package org.qsp.credit.penalty;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import org.qsp.credit.CreditIntegrationTest;
import org.qsp.platform.test.Tokens;

/** Helpers of the penalty, list and repair tests (the service's one context, through {@link CreditIntegrationTest}). */
public abstract class PenaltyIntegrationTest extends CreditIntegrationTest {

    public static final String PENALTIES = "/api/credit/v1/penalties";
    public static final String PUBLIC_PENALTIES = "/api/credit/v1/public/penalties";
    public static final String LISTS = "/api/credit/v1/lists";
    public static final String PUBLIC_LISTS = "/api/credit/v1/public/lists";
    public static final String REPAIRS = "/api/credit/v1/repairs";
    public static final String ENTERPRISES = "/api/credit/v1/enterprises";
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MockMvc mvc;

    /** A decision number no other test uses. */
    protected static String decisionNumber() {
        return "测市监罚〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    /** A valid penalty body: a fine of 50,000 CNY, not serious, decided a week ago. */
    protected Map<String, Object> penalty(String uscc, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionNumber", decisionNumber());
        body.put("uscc", uscc);
        body.put("enterpriseName", "示例企业 " + uscc.substring(12));
        body.put("region", region);
        body.put("kind", "FINE");
        body.put("fineAmount", 50000);
        body.put("violation", "生产销售不符合食品安全标准的食品");
        body.put("serious", false);
        body.put("domain", "OTHER");
        body.put("decidedAt", today().minusDays(7).toString());
        return body;
    }

    protected static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    protected static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    protected LocalDate today() {
        return kit.clock().instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    protected static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    protected static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    /** Records the penalty as the regulator and answers its JSON (201 expected). */
    protected JsonNode record(Map<String, Object> body, RequestPostProcessor regulator) throws Exception {
        return read(mvc.perform(post(PENALTIES).with(regulator).contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    protected JsonNode getJson(String path, RequestPostProcessor token) throws Exception {
        var request = get(path);
        return read(mvc.perform(token == null ? request : request.with(token)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** The enterprise's credit file as a regulator of the whole country sees it. */
    protected JsonNode file(String uscc) throws Exception {
        return getJson(ENTERPRISES + "/" + uscc, Tokens.regulator("r-cn", "100000"));
    }

    /** The explanation line of a record type in a file, or a missing node. */
    protected static JsonNode line(JsonNode file, String type) {
        for (JsonNode line : file.path("explanation")) {
            if (type.equals(line.path("type").asString())) {
                return line;
            }
        }
        return MissingNode.getInstance();
    }

    /** The record of a file with that source id, or a missing node. */
    protected static JsonNode recordOf(JsonNode file, String sourceId) {
        for (JsonNode record : file.path("records")) {
            if (sourceId.equals(record.path("sourceId").asString())) {
                return record;
            }
        }
        return MissingNode.getInstance();
    }
}
