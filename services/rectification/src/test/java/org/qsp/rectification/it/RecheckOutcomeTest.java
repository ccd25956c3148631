package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.Topics;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.rectification.RectificationTaskClosed;
import org.qsp.contracts.rectification.RectificationTaskReferred;
import org.qsp.contracts.rectification.RectificationTaskSuspended;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.RecheckSchedule;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskStatus;

/**
 * inspection.recheck.concluded through the broker (issue 11, rectification items 2 and 3; ADR 0024): a PASS closes the
 * task and lifts the stop-sale duty; a FAIL of round 1 publishes the province's public notice and, on day 60 after it
 * (the test clock moved on), the schedule requests round 2 due by day 90; a FAIL of round 2 suspends. A redelivery
 * changes nothing; a conclusion of a round not requested goes to the dead letters.
 */
class RecheckOutcomeTest extends RectificationIntegrationTest {

    private static final String REGION = "330411";
    private final RequestPostProcessor regulator = Tokens.regulator("r-jx", "330400");

    @Autowired
    RecheckSchedule recheckSchedule;

    /** A task of a final FAIL, acknowledged, reported with one piece of evidence and accepted: round 1 requested. */
    private String acceptedTask(String uscc) throws Exception {
        kit.clock().set(START);
        RequestPostProcessor owner = Tokens.enterprise("e-rc", uscc);
        String taskId = openTask("S-RC-" + UUID.randomUUID(), uscc, REGION);
        mvc.perform(post("/api/rectification/v1/tasks/{id}/acknowledgement", taskId).with(owner))
                .andExpect(status().isOk());
        mvc.perform(put("/api/rectification/v1/tasks/{id}/evidence/{e}", taskId, "photo").with(owner)
                .contentType("image/png").content(TestImages.png(2_000, 7))).andExpect(status().isCreated());
        mvc.perform(post("/api/rectification/v1/tasks/{id}/report", taskId).with(owner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"measures\": \"停售问题批次, 更换原料\", \"evidence\": [\"photo\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/rectification/v1/tasks/{id}/report/review", taskId).with(regulator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ACCEPT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECHECK_REQUESTED"));
        awaitPublished(taskId);
        return taskId;
    }

    private RecheckConcluded concluded(String taskId, int round, String sampleId, String verdict, Instant at,
            String uscc) {
        return new RecheckConcluded(taskId, round, "TK-RC-" + taskId + "-" + round, sampleId, uscc, REGION, verdict,
                "ACCEPTED", at);
    }

    private RecordMetadata publish(RecheckConcluded c) {
        return kit.publish(EventCatalog.RECHECK_CONCLUDED, c.sampleId(), c);
    }

    @Test
    void a_passed_recheck_closes_the_task_lifts_the_stop_sale_duty_once_however_often_it_is_delivered()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String taskId = acceptedTask(uscc);
        Instant passedAt = at("2026-05-06T02:00:00Z");
        RecheckConcluded pass = concluded(taskId, 1, "S-RC-PASS-" + taskId, "PASS", passedAt, uscc);
        String eventId = UUID.randomUUID().toString();

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.RECHECK_CONCLUDED, pass.sampleId(), pass,
                eventId));
        RecordMetadata redelivered = kit.send(TestEvents.record(EventCatalog.RECHECK_CONCLUDED, pass.sampleId(), pass,
                eventId));
        RecordMetadata replayed = publish(pass);
        kit.awaitConsumed(first, redelivered, replayed);

        RectificationTask task = awaitPublished(taskId);
        assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.stopSaleLiftedAt()).isEqualTo(passedAt);
        assertThat(task.closedAt()).isEqualTo(passedAt);
        var closed = kit.published(EventCatalog.RECTIFICATION_TASK_CLOSED, taskId);
        assertThat(closed).hasSize(1);
        assertThat(kit.recorder().payload(closed.getFirst(), EventCatalog.RECTIFICATION_TASK_CLOSED))
                .isEqualTo(new RectificationTaskClosed(taskId, uscc, 1, pass.sampleId(), true, passedAt));
        assertThat(kit.published(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, taskId)).isEmpty();

        mvc.perform(get("/api/rectification/v1/tasks/{id}", taskId).with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.stopSaleLiftedAt").value("2026-05-06T02:00:00Z"))
                .andExpect(jsonPath("$.rechecks[0].verdict").value("PASS"))
                .andExpect(jsonPath("$.timeline[0].step").value("NOTICE_ISSUED"))
                .andExpect(jsonPath("$.timeline[-1:].step").value(org.hamcrest.Matchers.contains("CLOSED")));
        mvc.perform(get("/api/rectification/v1/notices/{id}", taskId).with(Tokens.enterprise("e-rc", uscc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stopSaleLiftedAt").value("2026-05-06T02:00:00Z"))
                .andExpect(jsonPath("$.history[*].step").value(org.hamcrest.Matchers.contains("NOTICE_ISSUED",
                        "NOTICE_READ", "NOTICE_ACKNOWLEDGED", "REPORTED", "REPORT_ACCEPTED", "RECHECK_REQUESTED",
                        "RECHECK_PASSED", "CLOSED")));
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void a_failed_recheck_publishes_the_notice_then_round_2_on_day_60_and_a_second_failure_suspends()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String taskId = acceptedTask(uscc);
        Instant failedAt = at("2026-05-06T02:00:00Z");
        RecheckConcluded fail = concluded(taskId, 1, "S-RC-FAIL1-" + taskId, "FAIL", failedAt, uscc);

        kit.awaitConsumed(publish(fail), publish(fail));
        RectificationTask failed = awaitPublished(taskId);
        assertThat(failed.status()).isEqualTo(TaskStatus.RECHECK_FAILED);
        assertThat(failed.publicNotice().region()).isEqualTo("330000");
        // 6 May + 60 days = 5 July, a Sunday: Monday 6 July; + 90 = 4 August, a Tuesday
        assertThat(failed.publicNotice().secondRecheckFrom()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(failed.publicNotice().secondRecheckBy()).isEqualTo(LocalDate.of(2026, 8, 4));
        var notices = kit.published(EventCatalog.RECTIFICATION_NOTICE_PUBLISHED, taskId);
        assertThat(notices).hasSize(1);
        RectificationNoticePublished notice = kit.recorder().payload(notices.getFirst(),
                EventCatalog.RECTIFICATION_NOTICE_PUBLISHED);
        assertThat(notice.enterprise().uscc()).isEqualTo(uscc);
        assertThat(notice.sampleId()).isEqualTo(fail.sampleId());
        assertThat(notice.text()).contains("速冻水饺");
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_REFERRED, taskId)).as("registered in the region")
                .isEmpty();

        // other tests' tasks may be due too: this task's requests are counted, not the runs'
        kit.clock().set(at("2026-07-05T02:00:00Z"));
        recheckSchedule.run();
        assertThat(awaitPublished(taskId).rechecks()).as("day 59").hasSize(1);
        kit.clock().set(at("2026-07-06T02:00:00Z"));
        recheckSchedule.run();
        recheckSchedule.run();
        awaitPublished(taskId);
        var rounds = kit.published(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId).stream()
                .map(r -> kit.recorder().payload(r, EventCatalog.RECTIFICATION_RECHECK_REQUESTED)).toList();
        assertThat(rounds).extracting(RectificationRecheckRequested::round).containsExactly(1, 2);
        assertThat(rounds.get(1).dueBy()).isEqualTo(LocalDate.of(2026, 8, 4));

        RecheckConcluded secondFail = concluded(taskId, 2, "S-RC-FAIL2-" + taskId, "FAIL",
                at("2026-07-20T02:00:00Z"), uscc);
        kit.awaitConsumed(publish(secondFail));
        RectificationTask suspended = awaitPublished(taskId);
        assertThat(suspended.status()).isEqualTo(TaskStatus.SUSPENDED);
        assertThat(suspended.licenceRevocationRecommended()).isTrue();
        var suspensions = kit.published(EventCatalog.RECTIFICATION_TASK_SUSPENDED, taskId);
        assertThat(suspensions).hasSize(1);
        assertThat(kit.recorder().payload(suspensions.getFirst(), EventCatalog.RECTIFICATION_TASK_SUSPENDED))
                .isEqualTo(new RectificationTaskSuspended(taskId, uscc, 2, secondFail.sampleId(), true,
                        at("2026-07-20T02:00:00Z")));
        mvc.perform(get("/api/rectification/v1/tasks/{id}", taskId).with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publicNotice.id").value("PN-" + taskId))
                .andExpect(jsonPath("$.secondRecheckFrom").value("2026-07-06"))
                .andExpect(jsonPath("$.licenceRevocationRecommended").value(true))
                .andExpect(jsonPath("$.timeline[*].step").value(org.hamcrest.Matchers.hasItems(
                        "PUBLIC_NOTICE_PUBLISHED", "RECHECK_FAILED", "SUSPENDED")));
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void a_conclusion_of_a_round_not_requested_goes_to_the_dead_letters_and_changes_nothing() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String taskId = acceptedTask(uscc);
        RectificationTask before = awaitPublished(taskId);
        RecheckConcluded round2 = concluded(taskId, 2, "S-RC-EARLY-" + taskId, "FAIL", at("2026-05-06T02:00:00Z"),
                uscc);

        kit.awaitConsumed(publish(round2));

        RectificationTask after = tasks.get(taskId);
        assertThat(after.status()).isEqualTo(TaskStatus.RECHECK_REQUESTED);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        var dead = kit.recorder().awaitCaughtUp().records().stream()
                .filter(r -> r.topic().equals(Topics.INSPECTION_SAMPLES.deadLetterTopic())
                        && round2.sampleId().equals(r.key()))
                .map(ConsumerRecord::value).toList();
        assertThat(dead).hasSize(1);
    }

    @Test
    void a_producer_registered_in_another_city_is_referred_to_that_region_at_the_public_notice() throws Exception {
        String uscc = TestUsccs.valid("320100");
        String taskId = acceptedTask(uscc);

        kit.awaitConsumed(publish(concluded(taskId, 1, "S-RC-REF-" + taskId, "FAIL", at("2026-05-06T02:00:00Z"),
                uscc)));

        awaitPublished(taskId);
        var referred = kit.published(EventCatalog.RECTIFICATION_TASK_REFERRED, taskId);
        assertThat(referred).hasSize(1);
        RectificationTaskReferred payload = kit.recorder().payload(referred.getFirst(),
                EventCatalog.RECTIFICATION_TASK_REFERRED);
        assertThat(payload.toRegion()).isEqualTo("320100");
        assertThat(payload.fromRegion()).isEqualTo(REGION);
    }
}
