package org.qsp.inspection;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests of plans, pools, draws and tasks, on the service's one test context. Tests stay apart through a
 * category code of their own ({@link #newCategory()}): pools, draws and exclusions are all per category.
 */
public abstract class PlanningTest extends InspectionIntegrationTest {

    protected static final String PLANS = "/api/inspection/v1/plans";

    protected static String newCategory() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    protected static String newKey() {
        return UUID.randomUUID().toString();
    }

    protected static RequestPostProcessor regulator(String region) {
        return Tokens.regulator("reg-" + region, region);
    }

    protected static ObjectNode plan(String level, String region, int batchCount, String... categories) {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("year", 2026).put("level", level).put("samplingType", "SUPERVISORY").put("region", region)
                .put("batchCount", batchCount);
        var array = plan.putArray("categories");
        for (String category : categories) {
            array.add(category);
        }
        return plan;
    }

    protected ResultActions postPlan(Object body, String key, RequestPostProcessor token) throws Exception {
        return mvc.perform(post(PLANS).with(token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    /** Publishes the plan as the regulator of its region; its id. */
    protected String published(ObjectNode plan) throws Exception {
        return body(postPlan(plan, newKey(), regulator(plan.path("region").asString()))
                .andExpect(status().isCreated())).path("planId").asString();
    }

    protected ResultActions putInspector(String id, String region, List<String> qualifications,
            List<String> conflicts, RequestPostProcessor token) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("region", region);
        qualifications.forEach(body.putArray("qualifications")::add);
        conflicts.forEach(body.putArray("conflicts")::add);
        return mvc.perform(put("/api/inspection/v1/pool/inspectors/{id}", id).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    /** Puts {@code count} inspectors of the region qualified for the category into the pool; their ids. */
    protected List<String> inspectorsFor(String region, String category, int count) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = category + "-" + region + "-" + i;
            putInspector(id, region, List.of(category), List.of(), regulator(region)).andExpect(status().isCreated());
            ids.add(id);
        }
        return ids;
    }

    protected ResultActions importBody(String contentType, String body, RequestPostProcessor token)
            throws Exception {
        return mvc.perform(post("/api/inspection/v1/pool/enterprises:import").with(token)
                .contentType(contentType).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    protected JsonNode job(String jobId, RequestPostProcessor token) throws Exception {
        return body(mvc.perform(get("/api/inspection/v1/pool/jobs/{id}", jobId).with(token))
                .andExpect(status().isOk()));
    }

    /** Imports the NDJSON body as the regulator of {@code region} and waits for the job to end; the job. */
    protected JsonNode imported(String region, String ndjson) throws Exception {
        String jobId = body(importBody("application/x-ndjson", ndjson, regulator(region))
                .andExpect(status().isAccepted())).path("jobId").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(job(jobId, regulator(region))
                .path("status").asString()));
        return job(jobId, regulator(region));
    }

    protected static String row(String uscc, String region, String riskClass, String... categories) {
        ObjectNode row = JSON.createObjectNode().put("uscc", uscc).put("name", "示例企业 " + uscc)
                .put("region", region).put("riskClass", riskClass);
        var array = row.putArray("categories");
        for (String category : categories) {
            array.add(category);
        }
        return row + "\n";
    }

    protected ResultActions postDraw(String planId, String seed, String key, RequestPostProcessor token)
            throws Exception {
        ObjectNode body = JSON.createObjectNode();
        if (seed != null) {
            body.put("seed", seed);
        }
        return mvc.perform(post(PLANS + "/{id}/draws", planId).with(token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    protected JsonNode drawn(String planId, String region, String seed) throws Exception {
        return body(postDraw(planId, seed, newKey(), regulator(region)).andExpect(status().isCreated()));
    }
}
