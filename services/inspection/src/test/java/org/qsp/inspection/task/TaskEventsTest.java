package org.qsp.inspection.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.contracts.complaint.Respondent;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.inspection.PlanningTest;
import org.qsp.platform.test.TestUsccs;

/** Complaint clusters and re-check requests open tasks, once each however often they arrive. */
class TaskEventsTest extends PlanningTest {

    private long tasksFrom(String source) {
        return mongo.count(Query.query(Criteria.where("source").is(source)), Task.class);
    }

    @Test
    void a_complaint_cluster_delivered_twice_opens_one_targeted_task_for_a_pair_of_the_respondents_region() {
        String uscc = TestUsccs.valid("330106");
        String clusterId = "CL-RESPONDENT-330106-food-" + uscc + "-20261101";
        Instant at = Instant.parse("2026-11-03T08:00:00Z");
        var cluster = new ComplaintClusterDetected(clusterId, "RESPONDENT", "330106", "food", false,
                new Respondent(uscc, "杭州示例食品有限公司", "330106"), new ProductMention("速冻水饺", "好味", "500g"),
                List.of("CC-1", "CC-2", "CC-3"), 3, at.minusSeconds(86_400 * 2), at.plusSeconds(86_400 * 28), at);

        kit.publish(EventCatalog.COMPLAINT_CLUSTER_DETECTED, clusterId, cluster);
        var second = kit.publish(EventCatalog.COMPLAINT_CLUSTER_DETECTED, clusterId, cluster);
        kit.awaitConsumed(second);

        assertThat(tasksFrom(clusterId)).isEqualTo(1);
        Task task = mongo.findOne(Query.query(Criteria.where("source").is(clusterId)), Task.class);
        assertThat(task.type()).isEqualTo(TaskType.TARGETED);
        assertThat(task.uscc()).isEqualTo(uscc);
        assertThat(task.region()).isEqualTo("330106");
        // the configured Hangzhou inspectors are the local ones qualified for food
        assertThat(task.inspectorIds()).containsExactlyInAnyOrder("inspector1", "inspector2");
        // 15 working days after 3 November 2026
        assertThat(task.dueBy()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void a_recheck_request_delivered_twice_opens_one_task_and_its_second_round_another() {
        String uscc = TestUsccs.valid("330106");
        String taskId = "RT-" + newKey();
        var request = new RectificationRecheckRequested(taskId, "S-" + newKey(),
                new EnterpriseRef(uscc, "杭州示例食品有限公司", "330106"),
                new ProductRef("速冻水饺", "好味", "500g", "20260201"), 1, LocalDate.of(2027, 1, 15),
                Instant.parse("2026-11-03T08:00:00Z"));

        kit.publish(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId, request);
        kit.publish(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId, request);
        var last = kit.publish(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId, new RectificationRecheckRequested(
                taskId, request.sampleId(), request.enterprise(), request.product(), 2, LocalDate.of(2027, 4, 1),
                request.requestedAt()));
        kit.awaitConsumed(last);

        List<Task> tasks = mongo.find(Query.query(Criteria.where("source").is(taskId)), Task.class);
        assertThat(tasks).extracting(Task::round).containsExactlyInAnyOrder(1, 2);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.type()).isEqualTo(TaskType.RECHECK);
            assertThat(t.inspectorIds()).hasSize(2).doesNotHaveDuplicates();
            assertThat(t.product().name()).isEqualTo("速冻水饺");
        });
        assertThat(tasks).filteredOn(t -> t.round() == 1).singleElement()
                .satisfies(t -> assertThat(t.dueBy()).isEqualTo(LocalDate.of(2027, 1, 15)));
    }
}
