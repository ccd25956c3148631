package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.OverdueCheck;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

/**
 * Orders concluded in 2025 (the other tests' tasks fall due in May 2026): 2 June 2025 + 60 days is
 * Friday 1 August 2025, a working day; 5 June + 60 is Monday 4 August.
 */
class OverdueCheckTest extends RectificationIntegrationTest {

    private static final String REGION = "330506";

    @Autowired
    OverdueCheck overdueCheck;

    @Test
    void tasks_past_their_correction_deadline_become_overdue_once_with_one_event_each() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        kit.clock().set(at("2025-06-05T04:00:00Z"));
        String notified = openTask(Samples.failed("S-LATE-1", uscc, REGION, at("2025-06-02T02:00:00Z")));
        String acknowledged = openTask(Samples.failed("S-LATE-2", uscc, REGION, at("2025-06-02T03:00:00Z")));
        String notYetDue = openTask(Samples.failed("S-LATE-3", uscc, REGION, at("2025-06-05T02:00:00Z")));
        mvc.perform(post("/api/rectification/v1/tasks/" + acknowledged + "/acknowledgement")
                .with(Tokens.enterprise("e", uscc))).andExpect(status().isOk());
        awaitPublished(acknowledged);
        assertThat(tasks.get(notified).order().correctionDeadline()).isEqualTo(LocalDate.of(2025, 8, 1));

        kit.clock().set(at("2025-08-01T15:59:00Z"));
        assertThat(overdueCheck.run()).isZero();
        assertThat(tasks.get(notified).status()).as("23:59 on the deadline day in Shanghai")
                .isEqualTo(TaskStatus.NOTIFIED);

        kit.clock().set(at("2025-08-01T16:01:00Z"));
        assertThat(overdueCheck.run()).isEqualTo(2);
        RectificationTask late = awaitPublished(notified);
        assertThat(late.status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(late.overdueAt()).isEqualTo(at("2025-08-01T16:01:00Z"));
        assertThat(awaitPublished(acknowledged).status()).isEqualTo(TaskStatus.OVERDUE);
        assertThat(awaitPublished(notYetDue).status()).isEqualTo(TaskStatus.NOTIFIED);

        kit.clock().set(at("2025-08-02T16:01:00Z"));
        assertThat(overdueCheck.run()).as("a second run finds them overdue already").isZero();

        for (String id : new String[] {notified, acknowledged}) {
            var overdue = kit.published(EventCatalog.RECTIFICATION_TASK_OVERDUE, id);
            assertThat(overdue).as(id).hasSize(1);
            RectificationTaskOverdue payload = kit.recorder().payload(overdue.getFirst(),
                    EventCatalog.RECTIFICATION_TASK_OVERDUE);
            assertThat(payload.uscc()).isEqualTo(uscc);
            assertThat(payload.correctionDeadline()).isEqualTo(LocalDate.of(2025, 8, 1));
            assertThat(payload.detectedAt()).isEqualTo(at("2025-08-01T16:01:00Z"));
        }
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_OVERDUE, notYetDue)).isEmpty();
    }
}
