package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

class BadInputTest extends RectificationIntegrationTest {

    private static final String REGION = "330406";
    private static final String USCC = TestUsccs.valid(REGION);

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', value = {
            "/api/rectification/v1/notices | size=0                  | validation-failed | size",
            "/api/rectification/v1/notices | size=101                | validation-failed | size",
            "/api/rectification/v1/notices | page=-1                 | validation-failed | page",
            "/api/rectification/v1/notices | page=first              | malformed-request | page",
            "/api/rectification/v1/tasks   | size=1000               | validation-failed | size",
            "/api/rectification/v1/tasks   | size=ten                | malformed-request | size",
            "/api/rectification/v1/tasks   | status=FINISHED         | malformed-request | status",
            "/api/rectification/v1/tasks   | status=notified         | malformed-request | status",
            "/api/rectification/v1/tasks   | uscc=91330100MA27XY012C | validation-failed | uscc",
            "/api/rectification/v1/tasks   | uscc=not-a-uscc         | validation-failed | uscc",
            "/api/rectification/v1/kpis    | from=2026-13-01&to=2026-12-31 | invalid-date   | from",
            "/api/rectification/v1/kpis    | from=2026-01-01&to=31.12.2026 | invalid-date   | to",
            "/api/rectification/v1/kpis    | from=2026-12-31&to=2026-01-01 | invalid-period | from",
            "/api/rectification/v1/kpis    | from=2025-01-01&to=2026-01-02 | invalid-period | to",
            "/api/rectification/v1/kpis    | region=33&from=2026-01-01&to=2026-12-31     | validation-failed | region",
            "/api/rectification/v1/kpis    | region=990000&from=2026-01-01&to=2026-12-31 | unknown-region    | region"})
    void a_bad_query_parameter_gets_400_problem_json_naming_it(String path, String query, String code, String field)
            throws Exception {
        var caller = path.endsWith("notices") ? Tokens.enterprise("e", USCC) : Tokens.regulator("r", "330400");
        int before = allTasks().size();

        mvc.perform(get(path + "?" + query).with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(allTasks()).hasSize(before);
    }

    @Test
    void a_task_id_of_the_wrong_form_gets_400_and_an_unknown_one_404() throws Exception {
        int before = allTasks().size();
        mvc.perform(get("/api/rectification/v1/tasks/TASK-1").with(Tokens.regulator("r", "330400")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-task-id"))
                .andExpect(jsonPath("$.errors[0].field").value("taskId"));
        mvc.perform(get("/api/rectification/v1/tasks/RT-S-NO-SUCH").with(Tokens.regulator("r", "330400")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/rectification/v1/tasks/RT-S-NO-SUCH/acknowledgement")
                        .with(Tokens.enterprise("e", USCC)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        assertThat(tasks.find("RT-S-NO-SUCH")).isEmpty();
        assertThat(allTasks()).hasSize(before);
    }

    @Test
    void an_oversized_body_gets_413_and_the_notice_stays_unacknowledged() throws Exception {
        String id = openTask("S-BAD-BIG", USCC, REGION);

        mvc.perform(post("/api/rectification/v1/tasks/" + id + "/acknowledgement")
                        .with(Tokens.enterprise("e", USCC))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));

        RectificationTask task = tasks.get(id);
        assertThat(task.status()).isEqualTo(TaskStatus.NOTIFIED);
        assertThat(task.orderNotice().isAcknowledged()).isFalse();
    }
}
