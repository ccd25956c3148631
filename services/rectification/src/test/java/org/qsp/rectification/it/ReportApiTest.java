package org.qsp.rectification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.rectification.RectificationRecheckRequested;
import org.qsp.contracts.rectification.RectificationTaskReported;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.Step;
import org.qsp.rectification.task.TaskStatus;

/**
 * The enterprise's evidence and report, and the regulator's review (issue 11, rectification item 1): evidence in
 * GridFS (bucket {@code evidence}), a report that cites it, MORE_INFORMATION back to a new report, ACCEPT to
 * RECHECK_REQUESTED with {@code rectification.recheck.requested} raised in the same write.
 */
class ReportApiTest extends RectificationIntegrationTest {

    private static final String REGION = "330381";
    private static final int LIMIT = 5 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String uscc = TestUsccs.valid(REGION);
    private RequestPostProcessor owner;
    private final RequestPostProcessor regulator = Tokens.regulator("r-wz", "330300");
    private String taskId;

    @BeforeEach
    void anAcknowledgedTask() throws Exception {
        kit.clock().set(START);
        owner = Tokens.enterprise("e-rep", uscc);
        taskId = openTask("S-REP-" + UUID.randomUUID(), uscc, REGION);
        mvc.perform(post("/api/rectification/v1/tasks/{id}/acknowledgement", taskId).with(owner))
                .andExpect(status().isOk());
        awaitPublished(taskId);
    }

    private ResultActions putEvidence(String task, String evidenceId, String type, byte[] bytes,
            RequestPostProcessor token) throws Exception {
        return mvc.perform(put("/api/rectification/v1/tasks/{id}/evidence/{evidenceId}", task, evidenceId)
                .with(token).contentType(type).content(bytes));
    }

    private ResultActions report(String task, String measures, List<String> evidence, RequestPostProcessor token)
            throws Exception {
        return mvc.perform(post("/api/rectification/v1/tasks/{id}/report", task).with(token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("measures", measures, "evidence", evidence))));
    }

    private ResultActions review(String task, String decision, String note, RequestPostProcessor token)
            throws Exception {
        var body = new java.util.HashMap<String, Object>();
        body.put("decision", decision);
        if (note != null) {
            body.put("note", note);
        }
        return mvc.perform(post("/api/rectification/v1/tasks/{id}/report/review", task).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    private long evidenceFiles(String task) {
        return mongo.getCollection("evidence.files").countDocuments(Filters.regex("filename", "^task/" + task + "/"));
    }

    private void twoPiecesOfEvidence() throws Exception {
        putEvidence(taskId, "line-photo", "image/jpeg", TestImages.jpeg(40_000, 1), owner)
                .andExpect(status().isCreated());
        putEvidence(taskId, "test-report", "application/pdf", TestImages.pdf(60_000, 2), owner)
                .andExpect(status().isCreated());
    }

    @Test
    void the_owner_uploads_evidence_idempotently_and_the_owner_and_the_regulator_download_it() throws Exception {
        byte[] pdf = TestImages.pdf(300_000, 3);
        String first = putEvidence(taskId, "invoice-1", "application/pdf", pdf, owner).andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidenceId").value("invoice-1"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.bytes").value(300_000))
                .andExpect(jsonPath("$.sha256").value(sha256(pdf)))
                .andReturn().getResponse().getContentAsString();
        String replay = putEvidence(taskId, "invoice-1", "application/pdf", pdf, owner).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(replay).isEqualTo(first);
        putEvidence(taskId, "invoice-1", "application/pdf", TestImages.pdf(300_000, 4), owner)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("attachment-conflict"));
        byte[] png = TestImages.png(2_000, 5);
        putEvidence(taskId, "photo-1", "image/png", png, owner).andExpect(status().isCreated());

        for (var reader : List.of(owner, regulator, Tokens.regulator("r-zj", "330000"))) {
            var download = mvc.perform(get("/api/rectification/v1/tasks/{id}/evidence/invoice-1", taskId)
                            .with(reader))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("ETag", "\"" + sha256(pdf) + "\"")).andReturn();
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
            mvc.perform(get("/api/rectification/v1/tasks/{id}/evidence", taskId).with(reader))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(2))
                    .andExpect(jsonPath("$.items[0].evidenceId").value("invoice-1"))
                    .andExpect(jsonPath("$.items[1].evidenceId").value("photo-1"))
                    .andExpect(jsonPath("$.items[1].contentType").value("image/png"));
        }
        mvc.perform(get("/api/rectification/v1/tasks/{id}/evidence/nothing-here", taskId).with(owner))
                .andExpect(status().isNotFound());
        assertThat(evidenceFiles(taskId)).isEqualTo(2);
    }

    @Test
    void evidence_too_large_or_of_a_type_the_store_does_not_take_is_refused_and_nothing_is_kept() throws Exception {
        putEvidence(taskId, "big", "image/jpeg", TestImages.jpeg(LIMIT + 1, 6), owner)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));
        putEvidence(taskId, "gif", "image/gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII), owner)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported-media-type"));
        putEvidence(taskId, "fake-pdf", "application/pdf", TestImages.png(3_000, 7), owner)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("attachment-content-mismatch"));
        putEvidence(taskId, "bad id!", "image/png", TestImages.png(3_000, 8), owner)
                .andExpect(status().isBadRequest());
        assertThat(evidenceFiles(taskId)).isZero();
    }

    @Test
    void a_report_is_recorded_once_raises_its_event_once_and_another_one_waits_for_the_review() throws Exception {
        twoPiecesOfEvidence();
        kit.clock().set(START.plus(Duration.ofHours(2)));
        String first = report(taskId, "停售该批次，更换原料供应商", List.of("test-report", "line-photo"), owner)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.reports.length()").value(1))
                .andExpect(jsonPath("$.reports[0].number").value(1))
                .andExpect(jsonPath("$.reports[0].evidence[0].evidenceId").value("test-report"))
                .andExpect(jsonPath("$.reports[0].evidence[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.reports[0].review").doesNotExist())
                .andExpect(jsonPath("$.history[0].kind").value("REPORTED"))
                .andReturn().getResponse().getContentAsString();
        awaitPublished(taskId);
        String again = report(taskId, "停售该批次，更换原料供应商", List.of("test-report", "line-photo"), owner)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        report(taskId, "另一份报告", List.of("line-photo"), owner)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("report-under-review"));

        RectificationTask task = awaitPublished(taskId);
        assertThat(task.status()).isEqualTo(TaskStatus.REPORTED);
        assertThat(task.reports()).hasSize(1);
        var reported = kit.published(EventCatalog.RECTIFICATION_TASK_REPORTED, taskId);
        assertThat(reported).hasSize(1);
        RectificationTaskReported payload = kit.recorder().payload(reported.getFirst(),
                EventCatalog.RECTIFICATION_TASK_REPORTED);
        assertThat(payload.report()).isEqualTo(1);
        assertThat(payload.uscc()).isEqualTo(uscc);
        assertThat(payload.reportedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(payload.evidence()).extracting(RectificationTaskReported.Evidence::evidenceId)
                .containsExactly("test-report", "line-photo");
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void a_report_citing_evidence_not_uploaded_to_the_task_names_it_and_writes_nothing() throws Exception {
        twoPiecesOfEvidence();
        String other = openTask("S-REP-OTHER-" + UUID.randomUUID(), uscc, REGION);
        putEvidence(other, "of-the-other-task", "image/png", TestImages.png(1_000, 9), owner)
                .andExpect(status().isCreated());
        long version = awaitPublished(taskId).getVersion();

        report(taskId, "措施", List.of("line-photo", "missing-1"), owner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-evidence"))
                .andExpect(jsonPath("$.detail").value(containsString("missing-1")));
        report(taskId, "措施", List.of("of-the-other-task"), owner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("of-the-other-task")));
        report(taskId, "措施", List.of("line-photo", "line-photo"), owner)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("duplicate-evidence"));
        report(taskId, " ", List.of("line-photo"), owner).andExpect(status().isBadRequest());
        report(taskId, "x".repeat(4001), List.of("line-photo"), owner).andExpect(status().isBadRequest());
        report(taskId, "措施", List.of(), owner).andExpect(status().isBadRequest());
        report(taskId, "措施", IntStream.range(0, 21).mapToObj(i -> "e-" + i).toList(), owner)
                .andExpect(status().isBadRequest());

        RectificationTask task = awaitPublished(taskId);
        assertThat(task.getVersion()).isEqualTo(version);
        assertThat(task.status()).isEqualTo(TaskStatus.ACKNOWLEDGED);
        assertThat(task.reports()).isEmpty();
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_REPORTED, taskId)).isEmpty();
    }

    @Test
    void a_task_whose_notice_is_not_acknowledged_cannot_be_reported() throws Exception {
        String notified = openTask("S-REP-NA-" + UUID.randomUUID(), uscc, REGION);
        putEvidence(notified, "p", "image/png", TestImages.png(1_000, 10), owner).andExpect(status().isCreated());
        report(notified, "措施", List.of("p"), owner)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("illegal-transition"));
        review(notified, "ACCEPT", null, regulator)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("illegal-transition"));
        assertThat(tasks.get(notified).status()).isEqualTo(TaskStatus.NOTIFIED);
    }

    @Test
    void more_information_sends_the_task_back_and_the_enterprise_reports_again_keeping_both() throws Exception {
        twoPiecesOfEvidence();
        report(taskId, "第一次报告", List.of("line-photo"), owner).andExpect(status().isCreated());
        review(taskId, "MORE_INFORMATION", null, regulator).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("note-required"));
        kit.clock().set(START.plus(Duration.ofDays(1)));
        String first = review(taskId, "MORE_INFORMATION", "缺少检测报告", regulator).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.reports[0].review.decision").value("MORE_INFORMATION"))
                .andExpect(jsonPath("$.reports[0].review.note").value("缺少检测报告"))
                .andReturn().getResponse().getContentAsString();
        String again = review(taskId, "MORE_INFORMATION", "缺少检测报告", regulator).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        review(taskId, "ACCEPT", null, regulator).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review-conflict"));

        report(taskId, "第二次报告，附检测报告", List.of("line-photo", "test-report"), owner)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.reports.length()").value(2))
                .andExpect(jsonPath("$.reports[1].number").value(2));

        RectificationTask task = awaitPublished(taskId);
        assertThat(task.history()).extracting(Step::kind).containsExactly(Step.Kind.REPORTED,
                Step.Kind.MORE_INFORMATION_REQUESTED, Step.Kind.REPORTED);
        assertThat(task.reports().getFirst().measures()).isEqualTo("第一次报告");
        assertThat(kit.published(EventCatalog.RECTIFICATION_TASK_REPORTED, taskId)).hasSize(2);
        assertThat(kit.published(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId)).isEmpty();
    }

    @Test
    void an_accepted_report_requests_the_recheck_once_even_when_the_review_is_sent_twice() throws Exception {
        twoPiecesOfEvidence();
        report(taskId, "整改完成", List.of("line-photo", "test-report"), owner).andExpect(status().isCreated());
        kit.clock().set(START.plus(Duration.ofDays(2)));
        String first = review(taskId, "ACCEPT", "材料齐全", regulator).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECHECK_REQUESTED"))
                .andExpect(jsonPath("$.reports[0].review.decision").value("ACCEPT"))
                .andExpect(jsonPath("$.reports[0].review.reviewedBy").value("r-wz"))
                .andReturn().getResponse().getContentAsString();
        String again = review(taskId, "ACCEPT", "材料齐全", Tokens.regulator("r-wz", "330300"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        review(taskId, "MORE_INFORMATION", "再补充", regulator).andExpect(status().isConflict());
        report(taskId, "另一份", List.of("line-photo"), owner).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("illegal-transition"));
        report(taskId, "整改完成", List.of("line-photo", "test-report"), owner).andExpect(status().isOk());

        RectificationTask task = awaitPublished(taskId);
        assertThat(task.status()).isEqualTo(TaskStatus.RECHECK_REQUESTED);
        assertThat(task.history()).extracting(Step::kind).containsExactly(Step.Kind.REPORTED,
                Step.Kind.REPORT_ACCEPTED, Step.Kind.RECHECK_REQUESTED);
        var requested = kit.published(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId);
        assertThat(requested).hasSize(1);
        RectificationRecheckRequested payload = kit.recorder().payload(requested.getFirst(),
                EventCatalog.RECTIFICATION_RECHECK_REQUESTED);
        assertThat(payload).isEqualTo(new RectificationRecheckRequested(taskId, task.source().id(),
                new EnterpriseRef(uscc, task.enterprise().name(), REGION),
                new ProductRef(Samples.PRODUCT.name(), Samples.PRODUCT.brand(), Samples.PRODUCT.model(),
                        Samples.PRODUCT.batch()), 1, task.order().recheckDue(), START.plus(Duration.ofDays(2))));
        kit.assertPublishedEventsKeepTheirContract();

        mvc.perform(get("/api/rectification/v1/tasks?status=RECHECK_REQUESTED&uscc=" + uscc + "&size=100")
                        .with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].taskId").value(hasItem(taskId)));
        mvc.perform(get("/api/rectification/v1/tasks?status=REPORTED&uscc=" + uscc + "&size=100").with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].taskId").value(not(hasItem(taskId))));
        mvc.perform(get("/api/rectification/v1/tasks/{id}", taskId).with(owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECHECK_REQUESTED"))
                .andExpect(jsonPath("$.reports[0].review.note").value("材料齐全"))
                .andExpect(jsonPath("$.history.length()").value(3));
    }

    @Test
    void another_enterprise_and_a_regulator_of_another_region_learn_nothing_and_change_nothing() throws Exception {
        twoPiecesOfEvidence();
        var other = Tokens.enterprise("e-other", TestUsccs.valid(REGION));
        var elsewhere = Tokens.regulator("r-hz", "330100");
        putEvidence(taskId, "x", "image/png", TestImages.png(1_000, 11), other).andExpect(status().isNotFound());
        for (var stranger : List.of(other, elsewhere)) {
            mvc.perform(get("/api/rectification/v1/tasks/{id}/evidence", taskId).with(stranger))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/rectification/v1/tasks/{id}/evidence/line-photo", taskId).with(stranger))
                    .andExpect(status().isNotFound());
        }
        report(taskId, "措施", List.of("line-photo"), other).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        report(taskId, "措施", List.of("line-photo"), owner).andExpect(status().isCreated());
        long version = awaitPublished(taskId).getVersion();
        review(taskId, "ACCEPT", null, elsewhere).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));

        RectificationTask task = awaitPublished(taskId);
        assertThat(task.getVersion()).isEqualTo(version);
        assertThat(task.status()).isEqualTo(TaskStatus.REPORTED);
        assertThat(task.reports().getFirst().review()).isNull();
        assertThat(evidenceFiles(taskId)).isEqualTo(2);
        assertThat(kit.published(EventCatalog.RECTIFICATION_RECHECK_REQUESTED, taskId)).isEmpty();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
