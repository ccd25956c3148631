package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.TaskStatus;

class NoticeApiTest extends RectificationIntegrationTest {

    private static final String REGION = "330206";

    @BeforeEach
    void clockAtStart() {
        kit.clock().set(START);
    }

    @Test
    void an_enterprise_lists_its_own_notices_newest_first_page_by_page() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        openTask(Samples.failed("S-NOTICE-OLD", uscc, REGION, at("2026-02-02T02:00:00Z")));
        openTask(Samples.failed("S-NOTICE-NEW", uscc, REGION, at("2026-03-04T02:00:00Z")));
        openTask(Samples.failed("S-NOTICE-MID", uscc, REGION, at("2026-03-03T02:00:00Z")));
        openTask("S-NOTICE-OTHER", TestUsccs.valid(REGION), REGION);

        mvc.perform(get("/api/rectification/v1/notices?page=0&size=2").with(Tokens.enterprise("e1", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].taskId").value(contains("RT-S-NOTICE-NEW", "RT-S-NOTICE-MID")))
                .andExpect(jsonPath("$.items[0].sampleId").value("S-NOTICE-NEW"))
                .andExpect(jsonPath("$.items[0].product.name").value("速冻水饺"))
                .andExpect(jsonPath("$.items[0].orderedAt").value("2026-03-04T02:00:00Z"))
                .andExpect(jsonPath("$.items[0].correctionDeadline").value("2026-05-06"))
                .andExpect(jsonPath("$.items[0].recheckDue").value("2026-05-18"))
                .andExpect(jsonPath("$.items[0].stopSaleRequired").value(true))
                .andExpect(jsonPath("$.items[0].status").value("NOTIFIED"))
                .andExpect(jsonPath("$.items[0].issuedAt").value("2026-03-10T00:00:00Z"))
                .andExpect(jsonPath("$.items[0].acknowledgedAt").value(nullValue()));
        mvc.perform(get("/api/rectification/v1/notices?page=1&size=2").with(Tokens.enterprise("e1", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].taskId").value(contains("RT-S-NOTICE-OLD")));
    }

    @Test
    void acknowledging_a_notice_once_raises_one_event_and_acknowledging_again_answers_the_same() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String id = openTask("S-NOTICE-ACK", uscc, REGION);
        kit.clock().set(START.plus(Duration.ofHours(5)));

        String first = mvc.perform(post("/api/rectification/v1/tasks/" + id + "/acknowledgement")
                        .with(Tokens.enterprise("e1", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(id))
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedAt").value("2026-03-10T05:00:00Z"))
                .andReturn().getResponse().getContentAsString();
        awaitPublished(id);
        kit.clock().set(START.plus(Duration.ofHours(9)));
        String again = mvc.perform(post("/api/rectification/v1/tasks/" + id + "/acknowledgement")
                        .with(Tokens.enterprise("e1", uscc)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(awaitPublished(id).status()).isEqualTo(TaskStatus.ACKNOWLEDGED);
        var acknowledged = kit.published(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, id);
        assertThat(acknowledged).hasSize(1);
        RectificationTaskAcknowledged payload = kit.recorder().payload(acknowledged.getFirst(),
                EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED);
        assertThat(payload).isEqualTo(new RectificationTaskAcknowledged(id, uscc, at("2026-03-10T05:00:00Z")));
    }

    @Test
    void the_owner_and_a_regulator_of_the_region_read_the_task_with_its_notice_history() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String id = openTask("S-NOTICE-READ", uscc, REGION);

        for (var caller : List.of(Tokens.enterprise("e1", uscc), Tokens.regulator("r1", "330200"),
                Tokens.regulator("r2", "330000"), Tokens.regulator("r3", "100000"))) {
            mvc.perform(get("/api/rectification/v1/tasks/" + id).with(caller))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.taskId").value(id))
                    .andExpect(jsonPath("$.source.type").value("SAMPLE_FAILED"))
                    .andExpect(jsonPath("$.source.id").value("S-NOTICE-READ"))
                    .andExpect(jsonPath("$.enterprise.uscc").value(uscc))
                    .andExpect(jsonPath("$.enterprise.region").value(REGION))
                    .andExpect(jsonPath("$.correctionDeadline").value("2026-05-06"))
                    .andExpect(jsonPath("$.notices[0].kind").value("RECTIFICATION_ORDER"))
                    .andExpect(jsonPath("$.notices[0].issuedAt").value("2026-03-10T00:00:00Z"));
        }
    }

    @Test
    void a_regulator_lists_the_tasks_of_its_region_filtered_by_enterprise_and_status() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String notified = openTask("S-NOTICE-LIST-1", uscc, REGION);
        String acknowledged = openTask("S-NOTICE-LIST-2", uscc, REGION);
        openTask("S-NOTICE-LIST-3", TestUsccs.valid(REGION), REGION);
        mvc.perform(post("/api/rectification/v1/tasks/" + acknowledged + "/acknowledgement")
                .with(Tokens.enterprise("e1", uscc))).andExpect(status().isOk());

        mvc.perform(get("/api/rectification/v1/tasks?uscc=" + uscc).with(Tokens.regulator("r1", "330200")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/rectification/v1/tasks?uscc=" + uscc + "&status=NOTIFIED")
                        .with(Tokens.regulator("r1", "330206")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].taskId").value(contains(notified)));
        mvc.perform(get("/api/rectification/v1/tasks?status=ACKNOWLEDGED&size=100")
                        .with(Tokens.regulator("r1", "330000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.taskId == '" + acknowledged + "')].notices[0].acknowledgedAt")
                        .value(contains("2026-03-10T00:00:00Z")));
    }
}
