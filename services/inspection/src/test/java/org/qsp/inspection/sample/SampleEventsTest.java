package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.contracts.inspection.SamplePassed;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What recording forms and results stores and publishes, including replays and conflicts. */
class SampleEventsTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";

    @Autowired
    OutboxRelay relay;

    @Test
    void the_relay_finds_the_samples_collection_without_registration() {
        assertThat(relay.collections()).contains(SAMPLES);
    }

    @Test
    void a_failed_sample_publishes_exactly_one_contract_valid_sample_failed_keyed_by_its_id() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String id = sampled(form(uscc, REGION, "insp-a", "insp-b"));

        putResult(id, result("FAIL", item("铅", "PASS", true), item("菌落总数", "FAIL", false),
                item("大肠菌群", "FAIL", true)), Tokens.lab("lab-1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.result.overallVerdict").value("FAIL"))
                .andExpect(jsonPath("$.result.recordedBy").value("lab-1"));

        assertThat(publishedFor(id)).singleElement().satisfies(record -> {
            TopicRecorder.assertContractValid(record);
            assertThat(record.key()).isEqualTo(id);
            assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo(EventCatalog.SAMPLE_FAILED.type());
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/qsp/inspection");
            assertThat(UUID.fromString(TopicRecorder.header(record, "ce_id"))).isNotNull();
            assertThat(TopicRecorder.header(record, "ce_time")).isNotBlank();
            SampleFailed failed = kit.recorder().payload(record, EventCatalog.SAMPLE_FAILED);
            assertThat(failed.sampleId()).isEqualTo(id);
            assertThat(failed.enterprise().uscc()).isEqualTo(uscc);
            assertThat(failed.enterprise().region()).isEqualTo(REGION);
            assertThat(failed.product().name()).isEqualTo("速冻水饺");
            assertThat(failed.failedItems()).extracting(SampleFailed.FailedItem::item)
                    .containsExactly("菌落总数", "大肠菌群");
            assertThat(failed.safetyRelated()).isTrue();
        });
    }

    @Test
    void a_passed_sample_publishes_sample_passed_then_its_final_pass_and_no_sample_failed() throws Exception {
        String id = sampled(form(REGION));

        putResult(id, result("PASS", item("铅", "PASS", true)), inspector("insp-b"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PASSED"))
                .andExpect(jsonPath("$.verdict.stage").value("FINAL"))
                .andExpect(jsonPath("$.verdict.finalVerdict.basis").value("PASS_RESULT"));

        var published = publishedFor(id);
        published.forEach(TopicRecorder::assertContractValid);
        assertThat(published).extracting(r -> TopicRecorder.header(r, "ce_type"))
                .containsExactly(EventCatalog.SAMPLE_PASSED.type(), EventCatalog.SAMPLE_FINALIZED.type());
        SamplePassed passed = kit.recorder().payload(published.getFirst(), EventCatalog.SAMPLE_PASSED);
        assertThat(passed.sampleId()).isEqualTo(id);
        assertThat(passed.samplingType()).isEqualTo("SUPERVISORY");
        assertThat(passed.productClass()).isEqualTo("MANUFACTURED");
        var finalized = kit.recorder().payload(published.get(1), EventCatalog.SAMPLE_FINALIZED);
        assertThat(finalized.verdict()).isEqualTo("PASS");
        assertThat(finalized.failedItems()).isEmpty();
    }

    @Test
    void the_same_form_and_result_sent_twice_store_one_sample_and_publish_once() throws Exception {
        String id = newId();
        ObjectNode form = form(REGION);
        JsonNode first = body(putForm(id, form, inspector("insp-a")).andExpect(status().isCreated()));

        ObjectNode sameContent = form.deepCopy();
        sameContent.putArray("inspectorIds").add("insp-b ").add("insp-a");
        sameContent.withObject("product").put("name", "  速冻水饺");
        JsonNode replay = body(putForm(id, sameContent, inspector("insp-b"))
                .andExpect(status().isOk()));
        assertThat(replay).isEqualTo(first);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(id)), SAMPLES)).isEqualTo(1);

        ObjectNode result = result("FAIL", item("菌落总数", "FAIL", false));
        JsonNode concluded = body(putResult(id, result, Tokens.lab("lab-1")).andExpect(status().isCreated()));
        long versionAfterPublish = settled(id).getLong("version");

        JsonNode resultReplay = body(putResult(id, result, inspector("insp-a"))
                .andExpect(status().isOk()));
        putForm(id, form, inspector("insp-a")).andExpect(status().isOk());

        assertThat(resultReplay).isEqualTo(concluded);
        assertThat(stored(id).getLong("version")).isEqualTo(versionAfterPublish);
        assertThat(pendingEvents(id)).isEmpty();
        assertThat(kit.published(EventCatalog.SAMPLE_FAILED, id)).hasSize(1);
    }

    @Test
    void another_form_for_a_recorded_sample_is_a_409_and_the_stored_sample_is_unchanged() throws Exception {
        ObjectNode form = form(REGION);
        String id = sampled(form);
        Document before = stored(id);

        ObjectNode other = form.deepCopy();
        other.withObject("product").put("batch", "20260202");
        putForm(id, other, inspector("insp-a"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sample-conflict"));

        assertThat(stored(id)).isEqualTo(before);
        getSample(id, Tokens.lab("lab-1")).andExpect(jsonPath("$.product.batch").value("20260201"));
    }

    @Test
    void the_form_cannot_change_after_a_result_and_another_result_is_a_409_publishing_nothing_more()
            throws Exception {
        ObjectNode form = form(REGION);
        String id = sampled(form);
        putResult(id, result("PASS", item("铅", "PASS", true)), Tokens.lab("lab-1")).andExpect(status().isCreated());
        Document before = settled(id);

        ObjectNode otherForm = form.deepCopy();
        ((ArrayNode) otherForm.get("inspectorIds")).set(1, "insp-c");
        putForm(id, otherForm, inspector("insp-a"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sample-conflict"));
        putResult(id, result("FAIL", item("铅", "FAIL", true)), Tokens.lab("lab-1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("result-conflict"));

        assertThat(stored(id)).isEqualTo(before);
        assertThat(publishedFor(id)).extracting(r -> TopicRecorder.header(r, "ce_type"))
                .containsExactly(EventCatalog.SAMPLE_PASSED.type(), EventCatalog.SAMPLE_FINALIZED.type());
    }

    @Test
    void a_phone_that_leaves_out_the_conclusion_time_can_replay_later_without_a_conflict() throws Exception {
        String id = sampled(form(REGION));
        ObjectNode result = result("PASS", item("铅", "PASS", true));
        JsonNode first = body(putResult(id, result, Tokens.lab("lab-1")).andExpect(status().isCreated()));

        kit.clock().advance(Duration.ofMinutes(3));
        JsonNode replay = body(putResult(id, result, Tokens.lab("lab-1")).andExpect(status().isOk()));

        assertThat(replay).isEqualTo(first);
    }
}
