package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SamplingRefused;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.node.ObjectNode;

/** Visits that took no sample: cannot sample (reason codes), refusal (note and witness, an event for credit). */
class SamplingAttemptTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";

    private final String uscc = TestUsccs.valid(REGION);
    /** One visit time per test: the same visit sent twice is the same report. */
    private final String attemptedAt = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    /** The task the test's visits are for, opened on first use. */
    private String task;

    private String task() {
        if (task == null) {
            task = openTask(uscc, REGION, "insp-a", "insp-b");
        }
        return task;
    }

    private ObjectNode visit() {
        ObjectNode visit = JSON.createObjectNode();
        visit.putObject("enterprise").put("uscc", uscc).put("name", "杭州示例食品有限公司").put("region", REGION)
                .put("role", "SELLER");
        visit.put("taskId", task()).put("attemptedAt", attemptedAt);
        visit.putArray("inspectorIds").add("insp-a").add("insp-b");
        return visit;
    }

    private ObjectNode refusal() {
        return visit().put("note", "负责人拒绝在抽样单上签字并拒绝抽样").put("witness", "李某, 市场管理员");
    }

    private ResultActions send(String id, String what, ObjectNode body, RequestPostProcessor token) throws Exception {
        return mvc.perform(put("/api/inspection/v1/samples/{id}/" + what, id).with(token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    @Test
    void a_refusal_is_recorded_once_and_raises_one_sampling_refused_for_credit() throws Exception {
        String id = newId();

        send(id, "refusal", refusal(), inspector("insp-a")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("REFUSAL"))
                .andExpect(jsonPath("$.witness").value("李某, 市场管理员"));
        send(id, "refusal", refusal(), inspector("insp-b")).andExpect(status().isOk());
        send(id, "refusal", refusal().put("note", "another story"), inspector("insp-a"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("sample-conflict"));

        kit.awaitPublished(SamplingAttempt.class, id);
        assertThat(publishedFor(id)).singleElement().satisfies(record -> {
            TopicRecorder.assertContractValid(record);
            SamplingRefused refused = kit.recorder().payload(record, EventCatalog.SAMPLING_REFUSED);
            assertThat(refused.enterprise().uscc()).isEqualTo(uscc);
            assertThat(refused.taskId()).isEqualTo(task());
            assertThat(refused.samplingType()).isEqualTo("SUPERVISORY");
        });
    }

    @Test
    void cannot_sample_is_recorded_with_its_reason_code_and_raises_nothing() throws Exception {
        String id = newId();

        send(id, "cannot-sample", visit().put("reason", "LOT_TOO_SMALL"), inspector("insp-a"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reason").value("LOT_TOO_SMALL"));

        assertThat(mongo.findById(id, org.bson.Document.class, "sampling-attempts")).isNotNull();
        kit.awaitPublished(SamplingAttempt.class, id);
        assertThat(publishedFor(id)).isEmpty();
    }

    @Test
    void a_sample_id_is_either_a_form_or_a_visit_without_sample() throws Exception {
        String refused = newId();
        send(refused, "refusal", refusal(), inspector("insp-a")).andExpect(status().isCreated());
        putForm(refused, form(uscc, REGION, "insp-a", "insp-b"), inspector("insp-a"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("sample-conflict"));

        String sampled = sampled(form(uscc, REGION, "insp-a", "insp-b"));
        send(sampled, "cannot-sample", visit().put("reason", "EXPORT_ONLY"), inspector("insp-a"))
                .andExpect(status().isConflict());
        assertThat(mongo.findById(sampled, org.bson.Document.class, "sampling-attempts")).isNull();
    }

    @Test
    void bad_visits_are_400s_naming_the_field_and_other_inspectors_may_not_file_them() throws Exception {
        send(newId(), "cannot-sample", visit().put("reason", "TOO_EXPENSIVE"), inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(newId(), "cannot-sample", visit(), inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        ObjectNode noWitness = refusal();
        noWitness.remove("witness");
        send(newId(), "refusal", noWitness, inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("witness"));
        send(newId(), "refusal", refusal(), inspector("insp-c")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-a-sampling-inspector"));
        send(newId(), "refusal", refusal(), org.qsp.platform.test.Tokens.lab("lab-1"))
                .andExpect(status().isForbidden());
    }
}
