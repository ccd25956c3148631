package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.rectification.RectificationDeadlineExtended;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.OverdueCheck;
import org.qsp.rectification.task.RecheckSchedule;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

/**
 * POST /api/rectification/v1/tasks/{id}/extensions (issue 11, rectification item 4; ADR 0024): the regulator of the
 * task's region is the approver; the refusals each have their code; the same extension again is a 200 that changes
 * nothing. Orders concluded on 2 March 2026: correction deadline Wednesday 6 May (after the Labour Day holiday),
 * re-check day Monday 18 May.
 */
class ExtensionApiTest extends RectificationIntegrationTest {

    private static final String REGION = "330522";
    private final RequestPostProcessor regulator = Tokens.regulator("r-huzhou", "330500");
    private final String uscc = TestUsccs.valid(REGION);
    private String taskId;

    @Autowired
    OverdueCheck overdueCheck;
    @Autowired
    RecheckSchedule recheckSchedule;

    @BeforeEach
    void aNotifiedTask() {
        kit.clock().set(START);
        taskId = openTask("S-EXT-" + UUID.randomUUID(), uscc, REGION);
    }

    private ResultActions extend(String body) throws Exception {
        return mvc.perform(post("/api/rectification/v1/tasks/{id}/extensions", taskId).with(regulator)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(String deadline, String until, String reason) {
        return "{\"deadline\": \"" + deadline + "\", \"until\": \"" + until + "\""
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}";
    }

    @Test
    void the_regulator_extends_the_correction_deadline_as_approver_once() throws Exception {
        extend(body("CORRECTION", "2026-05-31", "原料断供，延期整改")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.correctionDeadline").value("2026-05-31"))
                .andExpect(jsonPath("$.extensions[0].approver").value("r-huzhou"))
                .andExpect(jsonPath("$.extensions[0].from").value("2026-05-06"))
                .andExpect(jsonPath("$.extensions[0].until").value("2026-05-31"))
                .andExpect(jsonPath("$.timeline[-1:].step")
                        .value(org.hamcrest.Matchers.contains("DEADLINE_EXTENDED")));
        extend(body("CORRECTION", "2026-05-31", "原料断供，延期整改")).andExpect(status().isOk())
                .andExpect(jsonPath("$.extensions.length()").value(1));

        awaitPublished(taskId);
        var extended = kit.published(EventCatalog.RECTIFICATION_DEADLINE_EXTENDED, taskId);
        assertThat(extended).hasSize(1);
        assertThat(kit.recorder().payload(extended.getFirst(), EventCatalog.RECTIFICATION_DEADLINE_EXTENDED))
                .isEqualTo(new RectificationDeadlineExtended(taskId, uscc, "CORRECTION", LocalDate.of(2026, 5, 6),
                        LocalDate.of(2026, 5, 31), "原料断供，延期整改", "r-huzhou", START));
    }

    @Test
    void an_overdue_task_whose_deadline_moves_past_today_awaits_correction_again() throws Exception {
        kit.clock().set(at("2026-05-07T02:00:00Z"));
        overdueCheck.run();
        assertThat(awaitPublished(taskId).status()).isEqualTo(TaskStatus.OVERDUE);

        extend(body("CORRECTION", "2026-06-15", "疫情封控")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NOTIFIED"))
                .andExpect(jsonPath("$.overdueAt").doesNotExist());
        assertThat(awaitPublished(taskId).status()).isEqualTo(TaskStatus.NOTIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"deadline\": \"CORRECTION\", \"until\": \"2026-05-31\"}                   | 400 | reason-required",
            "{\"deadline\": \"CORRECTION\", \"until\": \"2026-05-31\", \"reason\": \" \"} | 400 | reason-required",
            "{\"deadline\": \"CORRECTION\", \"until\": \"2026-05-06\", \"reason\": \"r\"} | 400 | until-not-after-deadline",
            "{\"deadline\": \"CORRECTION\", \"until\": \"2026-04-01\", \"reason\": \"r\"} | 400 | until-not-after-deadline",
            "{\"deadline\": \"SECOND_RECHECK\", \"until\": \"2026-09-01\", \"reason\": \"r\"} | 422 | deadline-not-applicable",
            "{\"deadline\": \"LATER\", \"until\": \"2026-05-31\", \"reason\": \"r\"}      | 400 | malformed-request",
            "{\"deadline\": \"CORRECTION\", \"until\": \"2026-02-30\", \"reason\": \"r\"} | 400 | malformed-request",
            "{\"until\": \"2026-05-31\", \"reason\": \"r\"}                              | 400 | validation-failed"})
    void a_refused_extension_answers_problem_json_with_its_code_and_changes_nothing(String body, int status,
            String code) throws Exception {
        RectificationTask before = awaitPublished(taskId);

        extend(body).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));

        RectificationTask after = tasks.get(taskId);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.extensions()).isEmpty();
    }

    @Test
    void an_overdue_task_is_rechecked_anyway_and_once_closed_no_deadline_can_move() throws Exception {
        kit.clock().set(at("2026-05-07T02:00:00Z"));
        overdueCheck.run();
        awaitPublished(taskId);
        recheckSchedule.run(); // other tests' overdue tasks may be due: count this task's requests only
        assertThat(awaitPublished(taskId).status()).as("11 days before the re-check day")
                .isEqualTo(TaskStatus.OVERDUE);
        kit.clock().set(at("2026-05-08T02:00:00Z"));
        recheckSchedule.run();
        recheckSchedule.run();
        RectificationTask requested = awaitPublished(taskId);
        assertThat(requested.status()).isEqualTo(TaskStatus.RECHECK_REQUESTED);
        var requests = kit.published(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId);
        assertThat(requests).hasSize(1);
        assertThat(kit.recorder().payload(requests.getFirst(), EventCatalog.RECTIFICATION_RECHECK_REQUESTED).dueBy())
                .isEqualTo(LocalDate.of(2026, 5, 18));

        service.conclude(new RecheckConcluded(taskId, 1, "TK-X", "S-EXT-PASS-" + taskId, uscc, REGION, "PASS",
                "ACCEPTED", at("2026-05-12T02:00:00Z")));
        awaitPublished(taskId);

        extend(body("RECHECK", "2026-06-30", "r")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("task-final"));
    }
}
