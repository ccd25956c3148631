package org.qsp.inspection.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.RecheckConcluded;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.inspection.draw.DrawAlgorithm;
import org.qsp.inspection.pool.RiskClass;
import org.qsp.inspection.sample.Sample;
import org.qsp.inspection.sample.SampleId;
import org.qsp.inspection.sample.SampleService;
import org.qsp.inspection.sample.SampledEnterprise;
import org.qsp.inspection.sample.SamplingForm;
import org.qsp.inspection.sample.PartyRole;
import org.qsp.inspection.sample.Product;
import org.qsp.inspection.sample.TaskOutcome;
import org.qsp.inspection.sample.TaskRef;
import org.qsp.inspection.sample.TimeBounds;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form, cannot-sample or refusal that names its task: the task must be the caller's, for that enterprise, and not
 * done by another visit (each refusal 4xx with its code, nothing written); the visit then makes it DONE, once. The
 * sample of a RECHECK task concludes the re-check: one inspection.recheck.concluded with its final verdict.
 */
class TaskFulfilmentTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";

    @Autowired
    SampleService service;
    @Autowired
    AggregateStore<Sample> samples;
    @Autowired
    TaskService taskService;

    private final String uscc = TestUsccs.valid(REGION);

    private ObjectNode formFor(String taskId) {
        return form(uscc, REGION, "insp-a", "insp-b").put("taskId", taskId);
    }

    private ObjectNode visitFor(String taskId) {
        ObjectNode visit = JSON.createObjectNode();
        visit.putObject("enterprise").put("uscc", uscc).put("name", "杭州示例食品有限公司").put("region", REGION)
                .put("role", "SELLER");
        visit.put("taskId", taskId).put("attemptedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        visit.putArray("inspectorIds").add("insp-a").add("insp-b");
        return visit;
    }

    private ResultActions visit(String id, String what, ObjectNode body) throws Exception {
        return mvc.perform(put("/api/inspection/v1/samples/{id}/" + what, id).with(inspector("insp-a"))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private ResultActions mine(RequestPostProcessor inspector) throws Exception {
        return mvc.perform(get("/api/inspection/v1/tasks/mine?size=100").with(inspector)).andExpect(status().isOk());
    }

    private Task task(String id) {
        return tasks.get(id);
    }

    private void assertNothingWritten(String sampleId, String taskId) {
        assertThat(stored(sampleId)).isNull();
        assertThat(mongo.findById(sampleId, org.bson.Document.class, "sampling-attempts")).isNull();
        Task task = task(taskId);
        assertThat(task.sampleId()).isNotEqualTo(sampleId);
        assertThat(task.visits()).noneMatch(v -> v.sampleId().equals(sampleId));
    }

    @Test
    void a_form_naming_its_task_makes_it_done_once_even_when_sent_twice() throws Exception {
        String taskId = openTask(uscc, REGION, "insp-a", "insp-b");
        String id = newId();
        ObjectNode form = formFor(taskId);

        putForm(id, form, inspector("insp-a")).andExpect(status().isCreated());
        Instant doneAt = task(taskId).doneAt();
        putForm(id, form, inspector("insp-b")).andExpect(status().isOk());

        Task task = task(taskId);
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.sampleId()).isEqualTo(id);
        assertThat(task.outcome()).isEqualTo(TaskOutcome.SAMPLED);
        assertThat(task.doneAt()).isEqualTo(doneAt).isNotNull();
        assertThat(samples.get(id).taskPending()).isFalse();
        String item = "$.items[?(@.taskId == '" + taskId + "')]";
        mine(inspector("insp-b")).andExpect(jsonPath(item + ".status").value("DONE"))
                .andExpect(jsonPath(item + ".sampleId").value(id))
                .andExpect(jsonPath(item + ".outcome").value("SAMPLED"));
    }

    @Test
    void a_drawn_task_opened_with_its_draw_is_done_by_the_form_that_names_it() throws Exception {
        String drawId = "DR-" + newId();
        taskService.openForDraw(drawId, "PL-" + newId(), "330100", "CITY", 2026,
                List.of(new DrawAlgorithm.Pick(uscc, RiskClass.C, "food", List.of("insp-a", "insp-b"))));
        String taskId = Task.idFor(TaskType.DRAWN, drawId, uscc);
        String id = newId();

        putForm(id, formFor(taskId), inspector("insp-a")).andExpect(status().isCreated());

        assertThat(task(taskId).status()).isEqualTo(TaskStatus.DONE);
        assertThat(task(taskId).sampleId()).isEqualTo(id);
    }

    @Test
    void an_unknown_task_is_422_and_nothing_is_written() throws Exception {
        String id = newId();
        putForm(id, formFor("TK-000000000000000000000000"), inspector("insp-a"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("unknown-task"))
                .andExpect(jsonPath("$.errors[0].field").value("taskId"));
        visit(id, "refusal", visitFor("TK-000000000000000000000000").put("note", "拒绝").put("witness", "李某"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("unknown-task"));

        assertThat(stored(id)).isNull();
        assertThat(mongo.findById(id, org.bson.Document.class, "sampling-attempts")).isNull();
    }

    @Test
    void a_task_of_another_pair_is_403_and_nothing_is_written() throws Exception {
        String taskId = openTask(uscc, REGION, "inspector1", "inspector2");
        String id = newId();

        putForm(id, formFor(taskId), inspector("insp-a")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("task-of-another-pair"));
        visit(id, "cannot-sample", visitFor(taskId).put("reason", "EXPORT_ONLY")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("task-of-another-pair"));

        assertNothingWritten(id, taskId);
        assertThat(task(taskId).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void a_task_of_another_enterprise_is_422_and_nothing_is_written() throws Exception {
        String taskId = openTask(TestUsccs.valid(REGION), REGION, "insp-a", "insp-b");
        String id = newId();

        putForm(id, formFor(taskId), inspector("insp-a")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("task-enterprise-mismatch"))
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.uscc"));

        assertNothingWritten(id, taskId);
        assertThat(task(taskId).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void a_task_done_by_another_sample_is_409_for_a_form_and_a_visit_and_nothing_is_written() throws Exception {
        String taskId = openTask(uscc, REGION, "insp-a", "insp-b");
        String first = sampled(formFor(taskId));
        String second = newId();

        putForm(second, formFor(taskId), inspector("insp-a")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("task-done"));
        visit(second, "refusal", visitFor(taskId).put("note", "拒绝抽样").put("witness", "李某"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("task-done"));

        assertNothingWritten(second, taskId);
        assertThat(task(taskId).sampleId()).isEqualTo(first);
    }

    @Test
    void a_task_without_a_pair_is_taken_by_an_inspector_of_its_region() throws Exception {
        String taskId = openTask(uscc, REGION);
        String id = newId();

        putForm(id, form(uscc, REGION, "inspector1", "inspector2").put("taskId", taskId), inspector("inspector1"))
                .andExpect(status().isCreated());

        assertThat(task(taskId).status()).isEqualTo(TaskStatus.DONE);
        assertThat(task(taskId).sampleId()).isEqualTo(id);
    }

    @Test
    void a_lot_too_small_leaves_the_task_open_for_a_later_visit_whose_form_closes_it() throws Exception {
        String taskId = openTask(uscc, REGION, "insp-a", "insp-b");
        String visitId = newId();
        ObjectNode tooSmall = visitFor(taskId).put("reason", "LOT_TOO_SMALL");

        visit(visitId, "cannot-sample", tooSmall).andExpect(status().isCreated());
        assertThat(task(taskId).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task(taskId).visits()).singleElement().satisfies(v -> {
            assertThat(v.sampleId()).isEqualTo(visitId);
            assertThat(v.outcome()).isEqualTo(TaskOutcome.CANNOT_SAMPLE);
        });
        String sampleId = sampled(formFor(taskId));
        visit(visitId, "cannot-sample", tooSmall).andExpect(status().isOk());

        Task task = task(taskId);
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.sampleId()).isEqualTo(sampleId);
        assertThat(task.visits()).hasSize(1);
    }

    @Test
    void goods_for_export_only_and_a_refusal_each_close_their_task_with_their_outcome() throws Exception {
        String exportTask = openTask(uscc, REGION, "insp-a", "insp-b");
        String refusedTask = openTask(uscc, REGION, "insp-a", "insp-b");
        String exportVisit = newId();
        String refusal = newId();

        visit(exportVisit, "cannot-sample", visitFor(exportTask).put("reason", "EXPORT_ONLY"))
                .andExpect(status().isCreated());
        visit(refusal, "refusal", visitFor(refusedTask).put("note", "负责人拒绝抽样").put("witness", "李某"))
                .andExpect(status().isCreated());

        assertThat(task(exportTask)).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.DONE);
            assertThat(t.sampleId()).isEqualTo(exportVisit);
            assertThat(t.outcome()).isEqualTo(TaskOutcome.CANNOT_SAMPLE);
        });
        assertThat(task(refusedTask)).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.DONE);
            assertThat(t.sampleId()).isEqualTo(refusal);
            assertThat(t.outcome()).isEqualTo(TaskOutcome.REFUSED);
        });
    }

    @Test
    void a_sample_written_before_a_crash_told_its_task_is_settled_by_the_sweep_once() {
        String taskId = openTask(uscc, REGION, "insp-a", "insp-b");
        String id = newId();
        SamplingForm form = new SamplingForm(new SampledEnterprise(uscc, "杭州示例食品有限公司", REGION,
                PartyRole.PRODUCER, false), new Product("速冻水饺", "好味", "500g", "20260201"),
                Instant.now().minus(1, ChronoUnit.HOURS), List.of("insp-a", "insp-b"), null, taskId, null, null,
                null, List.of(), null);
        // the sample's own write, as recordForm makes it, and then the "crash": the task was not told
        samples.insertIfAbsent(Sample.record(new SampleId(id), form, "insp-a", Instant.now(),
                new TimeBounds(java.time.Duration.ofMinutes(5), java.time.Duration.ofDays(365)),
                new TaskRef(taskId, "TARGETED", "CL-x", null)));
        assertThat(task(taskId).status()).isEqualTo(TaskStatus.OPEN);

        service.settlePendingTaskLinks();
        Instant doneAt = task(taskId).doneAt();
        service.settlePendingTaskLinks();

        assertThat(task(taskId).status()).isEqualTo(TaskStatus.DONE);
        assertThat(task(taskId).sampleId()).isEqualTo(id);
        assertThat(task(taskId).doneAt()).isEqualTo(doneAt);
        assertThat(samples.get(id).taskPending()).isFalse();
    }

    @Test
    void the_pass_of_a_recheck_sample_concludes_the_recheck_once_as_pass() throws Exception {
        String rectificationTask = "RT-" + newId();
        String taskId = openRecheckTask(rectificationTask, 1, uscc, REGION, "insp-a", "insp-b");
        String id = sampled(formFor(taskId));
        ObjectNode pass = result("PASS", item("铅", "PASS", true));
        putResult(id, pass, Tokens.lab("lab-1")).andExpect(status().isCreated());
        putResult(id, pass, Tokens.lab("lab-1")).andExpect(status().isOk());

        assertThat(concluded(id)).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo("PASS");
            assertThat(c.rectificationTaskId()).isEqualTo(rectificationTask);
            assertThat(c.round()).isEqualTo(1);
            assertThat(c.inspectionTaskId()).isEqualTo(taskId);
            assertThat(c.sampleId()).isEqualTo(id);
            assertThat(c.uscc()).isEqualTo(uscc);
            assertThat(c.region()).isEqualTo(REGION);
            assertThat(c.concludedAt()).isNotNull();
        });
        assertThat(finalized(id)).singleElement().satisfies(f -> assertThat(f.taskType()).isEqualTo("RECHECK"));
    }

    @Test
    void the_fail_of_a_recheck_sample_concludes_the_recheck_as_fail_when_final_and_only_then() throws Exception {
        String rectificationTask = "RT-" + newId();
        String taskId = openRecheckTask(rectificationTask, 2, uscc, REGION, "insp-a", "insp-b");
        String id = sampled(formFor(taskId));
        putResult(id, result("FAIL", item("铅", "FAIL", true)), Tokens.lab("lab-1")).andExpect(status().isCreated());

        kit.awaitPublished(Sample.class, id);
        assertThat(concluded(id)).as("not final yet: the objection window is open").isEmpty();
        RequestPostProcessor enterprise = Tokens.enterprise("ent-" + uscc, uscc);
        mvc.perform(post("/api/inspection/v1/samples/{id}/result/acceptance", id).with(enterprise))
                .andExpect(status().isOk());
        mvc.perform(post("/api/inspection/v1/samples/{id}/result/acceptance", id).with(enterprise))
                .andExpect(status().isOk());

        assertThat(concluded(id)).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo("FAIL");
            assertThat(c.basis()).isEqualTo("ACCEPTED");
            assertThat(c.round()).isEqualTo(2);
            assertThat(c.rectificationTaskId()).isEqualTo(rectificationTask);
        });
        assertThat(finalized(id)).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo("FAIL");
            assertThat(f.recheck()).isTrue();
        });
    }

    private List<RecheckConcluded> concluded(String id) {
        return events(id, EventCatalog.RECHECK_CONCLUDED.type()).stream()
                .map(r -> kit.recorder().payload(r, EventCatalog.RECHECK_CONCLUDED)).toList();
    }

    private List<SampleFinalized> finalized(String id) {
        return events(id, EventCatalog.SAMPLE_FINALIZED.type()).stream()
                .map(r -> kit.recorder().payload(r, EventCatalog.SAMPLE_FINALIZED)).toList();
    }

    private List<ConsumerRecord<String, String>> events(String id, String type) {
        List<ConsumerRecord<String, String>> records = publishedFor(id).stream()
                .filter(r -> type.equals(TopicRecorder.header(r, "ce_type"))).toList();
        records.forEach(TopicRecorder::assertContractValid);
        return records;
    }
}
