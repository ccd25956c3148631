package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

class AuthorizationMatrixTest extends RectificationIntegrationTest {

    private static final String REGION = "330306";
    private static final String USCC_A = TestUsccs.valid(REGION);
    private static final String USCC_B = TestUsccs.valid(REGION);

    private String taskOfA;

    @BeforeEach
    void enterpriseAHasATask() {
        taskOfA = openTask("S-AUTH-A", USCC_A, REGION);
    }

    private MockHttpServletRequestBuilder request(String endpoint) {
        return switch (endpoint) {
            case "notices" -> get("/api/rectification/v1/notices");
            case "acknowledge" -> post("/api/rectification/v1/tasks/" + taskOfA + "/acknowledgement");
            case "tasks" -> get("/api/rectification/v1/tasks");
            case "task" -> get("/api/rectification/v1/tasks/" + taskOfA);
            case "evidence-put" -> put("/api/rectification/v1/tasks/" + taskOfA + "/evidence/e-1")
                    .contentType(MediaType.IMAGE_PNG).content(TestImages.png(1_000, 1));
            case "evidence-get" -> get("/api/rectification/v1/tasks/" + taskOfA + "/evidence/e-1");
            case "evidence-list" -> get("/api/rectification/v1/tasks/" + taskOfA + "/evidence");
            case "report" -> post("/api/rectification/v1/tasks/" + taskOfA + "/report")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"measures\": \"m\", \"evidence\": [\"e-1\"]}");
            case "review" -> post("/api/rectification/v1/tasks/" + taskOfA + "/report/review")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ACCEPT\"}");
            case "extend" -> post("/api/rectification/v1/tasks/" + taskOfA + "/extensions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"deadline\": \"CORRECTION\", \"until\": \"2026-12-31\", \"reason\": \"r\"}");
            case "kpis" -> get("/api/rectification/v1/kpis?from=2026-01-01&to=2026-12-31");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static RequestPostProcessor token(String role) {
        return switch (role) {
            case "ENTERPRISE" -> Tokens.enterprise("e-b", USCC_B);
            case "REGULATOR" -> Tokens.regulator("r", "330300");
            case "INSPECTOR" -> Tokens.inspector("i", "330300");
            case "LAB" -> Tokens.lab("l");
            case "CONSUMER" -> Tokens.consumer("c");
            case "ADMIN" -> Tokens.admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"notices", "acknowledge", "tasks", "task", "evidence-put", "evidence-get", "evidence-list", "report",
            "review", "extend", "kpis"})
    void without_a_token_every_endpoint_answers_401(String endpoint) throws Exception {
        mvc.perform(request(endpoint).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "notices, REGULATOR", "notices, INSPECTOR", "notices, LAB", "notices, CONSUMER", "notices, ADMIN",
            "acknowledge, REGULATOR", "acknowledge, INSPECTOR", "acknowledge, CONSUMER", "acknowledge, ADMIN",
            "tasks, ENTERPRISE", "tasks, INSPECTOR", "tasks, LAB", "tasks, CONSUMER", "tasks, ADMIN",
            "task, INSPECTOR", "task, LAB", "task, CONSUMER", "task, ADMIN",
            "evidence-put, REGULATOR", "evidence-put, INSPECTOR", "evidence-put, LAB", "evidence-put, CONSUMER",
            "evidence-put, ADMIN", "evidence-get, INSPECTOR", "evidence-get, LAB", "evidence-get, CONSUMER",
            "evidence-get, ADMIN", "evidence-list, INSPECTOR", "evidence-list, LAB", "evidence-list, CONSUMER",
            "evidence-list, ADMIN", "report, REGULATOR", "report, INSPECTOR", "report, LAB", "report, CONSUMER",
            "report, ADMIN", "review, ENTERPRISE", "review, INSPECTOR", "review, LAB", "review, CONSUMER",
            "review, ADMIN", "extend, ENTERPRISE", "extend, INSPECTOR", "extend, LAB", "extend, CONSUMER",
            "extend, ADMIN", "kpis, ENTERPRISE", "kpis, INSPECTOR", "kpis, LAB", "kpis, CONSUMER", "kpis, ADMIN"})
    void a_role_the_endpoint_does_not_serve_answers_403(String endpoint, String role) throws Exception {
        mvc.perform(request(endpoint).with(token(role)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        assertThat(tasks.get(taskOfA).status()).isEqualTo(TaskStatus.NOTIFIED);
    }

    @Test
    void another_enterprise_neither_sees_nor_acknowledges_the_task_and_nothing_changes() throws Exception {
        RectificationTask before = awaitPublished(taskOfA);
        var enterpriseB = Tokens.enterprise("e-b", USCC_B);

        mvc.perform(get("/api/rectification/v1/notices?size=100").with(enterpriseB))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].taskId").value(not(hasItem(taskOfA))));
        mvc.perform(get("/api/rectification/v1/tasks/" + taskOfA).with(enterpriseB))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/rectification/v1/tasks/" + taskOfA + "/acknowledgement").with(enterpriseB))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));

        RectificationTask after = tasks.get(taskOfA);
        assertThat(after.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(after.orderNotice().isAcknowledged()).isFalse();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, taskOfA)).isEmpty();
    }

    @Test
    void a_regulator_of_another_region_cannot_extend_the_task_nor_read_its_region_s_kpis() throws Exception {
        RectificationTask before = awaitPublished(taskOfA);
        for (String otherRegion : List.of("320000", "330100", "330307")) {
            mvc.perform(request("extend").with(Tokens.regulator("r", otherRegion)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("not-found"));
            mvc.perform(get("/api/rectification/v1/kpis?region=330300&from=2026-01-01&to=2026-12-31")
                            .with(Tokens.regulator("r", otherRegion)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("region-not-supervised"));
        }
        assertThat(tasks.get(taskOfA).getVersion()).isEqualTo(before.getVersion());
        assertThat(tasks.get(taskOfA).extensions()).isEmpty();
    }

    @Test
    void a_regulator_of_another_region_sees_none_of_the_tasks() throws Exception {
        for (String otherRegion : List.of("320000", "330100", "330307", "310000")) {
            mvc.perform(get("/api/rectification/v1/tasks?size=100").with(Tokens.regulator("r", otherRegion)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].enterprise.region").value(not(hasItem(REGION))));
            mvc.perform(get("/api/rectification/v1/tasks/" + taskOfA).with(Tokens.regulator("r", otherRegion)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/rectification/v1/tasks?uscc=" + USCC_A).with(Tokens.regulator("r", "330300")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].taskId").value(hasItem(taskOfA)));
    }

    @Test
    void a_token_without_the_claim_that_scopes_the_list_answers_403() throws Exception {
        mvc.perform(get("/api/rectification/v1/notices").with(Tokens.token("e", List.of("ENTERPRISE"), null, null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("claim-missing"));
        mvc.perform(get("/api/rectification/v1/tasks").with(Tokens.token("r", List.of("REGULATOR"), null, null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("claim-missing"));
        mvc.perform(get("/api/rectification/v1/tasks/" + taskOfA)
                        .with(Tokens.token("r", List.of("REGULATOR"), null, null)))
                .andExpect(status().isNotFound());
    }
}
