package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.contracts.EventCatalog;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The phones' batch sync ({@code POST /api/inspection/v1/sync}): each item goes through its single endpoint's use
 * case and validation and is answered with its own status, in the order sent; the batch as a whole is refused only
 * for what makes it no batch (empty, too many items, a client id missing or twice), and then nothing is applied.
 */
class BatchSyncTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";
    private static final String ATTEMPTS = "sampling-attempts";

    @Autowired
    private MeterRegistry meters;

    private final String uscc = TestUsccs.valid(REGION);
    /** One visit time per test: the same visit sent twice is the same report. */
    private final String attemptedAt = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    private ResultActions sync(Object body, RequestPostProcessor token) throws Exception {
        return mvc.perform(post("/api/inspection/v1/sync").with(token).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()));
    }

    private static ObjectNode batch(ObjectNode... items) {
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode array = batch.putArray("items");
        for (ObjectNode item : items) {
            array.add(item);
        }
        return batch;
    }

    /** The single endpoint's body as an item of {@code kind} for {@code sampleId}. */
    private static ObjectNode item(String clientId, String kind, String sampleId, ObjectNode fields) {
        ObjectNode item = JSON.createObjectNode().put("clientId", clientId).put("kind", kind).put("sampleId", sampleId);
        item.setAll(fields);
        return item;
    }

    private ObjectNode form() {
        return form(uscc, REGION, "insp-a", "insp-b");
    }

    private ObjectNode refusal() {
        ObjectNode visit = JSON.createObjectNode();
        visit.putObject("enterprise").put("uscc", uscc).put("name", "杭州示例食品有限公司").put("region", REGION)
                .put("role", "SELLER");
        visit.put("attemptedAt", attemptedAt).put("note", "负责人拒绝抽样").put("witness", "李某, 市场管理员");
        visit.putArray("inspectorIds").add("insp-a").add("insp-b");
        return visit;
    }

    private static ObjectNode failed() {
        return result("FAIL", item("菌落总数", "FAIL", false));
    }

    private static List<String> statuses(JsonNode answer) {
        return StreamSupport.stream(answer.path("items").spliterator(), false)
                .map(i -> i.path("clientId").asString() + ":" + i.path("status").asString()).toList();
    }

    private double counted(String kind, String status) {
        Counter counter = meters.find("qsp.inspection.sync.items").tags("kind", kind, "status", status).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a_mixed_batch_answers_each_item_in_order_and_writes_exactly_the_valid_ones_once() throws Exception {
        String fresh = newId();
        String invalid = newId();
        ObjectNode sent = form();
        String repeated = sampled(sent);
        String conflicting = sampled(form());
        Document conflictingBefore = stored(conflicting);
        String refused = newId();
        ObjectNode badForm = form();
        badForm.withObjectProperty("enterprise").put("uscc", "91330106MA2XXXXX");
        badForm.withObjectProperty("product").remove("name");
        double formsApplied = counted("FORM", "APPLIED");
        double formsInvalid = counted("FORM", "INVALID");

        ObjectNode mixed = batch(
                item("c1", "FORM", fresh, form()),
                item("c2", "FORM", invalid, badForm),
                item("c3", "FORM", repeated, sent),
                item("c4", "FORM", conflicting, form().put("usccCheckOverride", true)),
                item("c5", "RESULT", fresh, failed()),
                item("c6", "REFUSAL", refused, refusal()),
                item("c7", "CANNOT_SAMPLE", newId(), refusal().put("reason", "TOO_EXPENSIVE")));
        JsonNode answer = body(sync(mixed, inspector("insp-a")).andExpect(status().isOk()));

        assertThat(statuses(answer)).containsExactly("c1:APPLIED", "c2:INVALID", "c3:ALREADY_APPLIED", "c4:CONFLICT",
                "c5:APPLIED", "c6:APPLIED", "c7:INVALID");
        assertThat(answer.path("items").path(0).path("sampleId").asString()).isEqualTo(fresh);
        assertThat(answer.path("items").path(0).path("errors").isEmpty()).isTrue();
        JsonNode badErrors = answer.path("items").path(1).path("errors");
        assertThat(badErrors.findValuesAsString("field")).containsExactly("enterprise.uscc", "product.name");
        assertThat(badErrors.findValuesAsString("code")).containsOnly("validation-failed");
        assertThat(answer.path("items").path(3).path("errors").path(0).path("code").asString())
                .isEqualTo("sample-conflict");
        JsonNode badReason = answer.path("items").path(6).path("errors").path(0);
        assertThat(badReason.path("field").asString()).isEqualTo("reason");
        assertThat(badReason.path("code").asString()).isEqualTo("malformed-request");

        assertThat(stored(invalid)).isNull();
        assertThat(stored(fresh).get("conclusion")).isNotNull();
        assertThat(stored(conflicting)).isEqualTo(conflictingBefore);
        assertThat(mongo.findById(refused, Document.class, ATTEMPTS)).isNotNull();
        assertThat(publishedFor(fresh)).singleElement()
                .satisfies(r -> assertThat(TopicRecorder.header(r, "ce_type")).isEqualTo(EventCatalog.SAMPLE_FAILED.type()));
        kit.awaitPublished(SamplingAttempt.class, refused);
        assertThat(publishedFor(refused)).singleElement()
                .satisfies(r -> assertThat(TopicRecorder.header(r, "ce_type")).isEqualTo(EventCatalog.SAMPLING_REFUSED.type()));
        assertThat(publishedFor(repeated)).isEmpty();
        assertThat(counted("FORM", "APPLIED") - formsApplied).isEqualTo(1);
        assertThat(counted("FORM", "INVALID") - formsInvalid).isEqualTo(1);
    }

    @Test
    void the_same_batch_again_is_answered_already_applied_or_as_before_and_writes_nothing_new() throws Exception {
        String sampled = newId();
        String refused = newId();
        String conflicting = sampled(form());
        ObjectNode once = batch(
                item("f", "FORM", sampled, form()),
                item("r", "RESULT", sampled, failed()),
                item("v", "REFUSAL", refused, refusal()),
                item("x", "FORM", conflicting, form().put("usccCheckOverride", true)),
                item("i", "FORM", newId(), form().put("sampledAt", "yesterday")));
        assertThat(statuses(body(sync(once, inspector("insp-a")).andExpect(status().isOk()))))
                .containsExactly("f:APPLIED", "r:APPLIED", "v:APPLIED", "x:CONFLICT", "i:INVALID");
        Document sample = settled(sampled);
        kit.awaitPublished(SamplingAttempt.class, refused);
        Document visit = mongo.findById(refused, Document.class, ATTEMPTS);
        int events = publishedFor(sampled).size() + publishedFor(refused).size();

        JsonNode again = body(sync(once, inspector("insp-b")).andExpect(status().isOk()));

        assertThat(statuses(again)).containsExactly("f:ALREADY_APPLIED", "r:ALREADY_APPLIED", "v:ALREADY_APPLIED",
                "x:CONFLICT", "i:INVALID");
        assertThat(settled(sampled)).isEqualTo(sample);
        assertThat(mongo.findById(refused, Document.class, ATTEMPTS)).isEqualTo(visit);
        assertThat(events).isEqualTo(2);
        assertThat(publishedFor(sampled).size() + publishedFor(refused).size()).isEqualTo(events);
    }

    @Test
    void a_batch_over_the_item_bound_is_refused_whole_and_nothing_is_written() throws Exception {
        List<String> ids = new ArrayList<>();
        ObjectNode batch = batch();
        for (int i = 0; i < 101; i++) {
            ids.add(newId());
            ((ArrayNode) batch.get("items")).add(item("c" + i, "FORM", ids.getLast(), form()));
        }

        sync(batch, inspector("insp-a")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("too-many-items"))
                .andExpect(jsonPath("$.errors[0].field").value("items"));

        assertThat(ids).allSatisfy(id -> assertThat(stored(id)).isNull());
    }

    @Test
    void a_batch_over_its_body_limit_is_refused_413_and_nothing_is_written() throws Exception {
        String id = newId();
        ObjectNode batch = batch(item("c1", "FORM", id, form()));
        batch.put("padding", "x".repeat(1024 * 1024));

        sync(batch, inspector("insp-a")).andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));
        assertThat(stored(id)).isNull();
    }

    @Test
    void a_client_id_twice_or_none_refuses_the_whole_batch_and_nothing_is_written() throws Exception {
        String first = newId();
        String second = newId();
        sync(batch(item("same", "FORM", first, form()), item("same", "FORM", second, form())), inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("duplicate-client-id"))
                .andExpect(jsonPath("$.errors[0].field").value("items[1].clientId"));
        ObjectNode anonymous = item("x", "FORM", second, form());
        anonymous.remove("clientId");
        sync(batch(item("c1", "FORM", first, form()), anonymous), inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[1].clientId"));
        sync(batch(item("c1", "FORM", first, form()), item("a b", "FORM", second, form())), inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-client-id"));

        assertThat(stored(first)).isNull();
        assertThat(stored(second)).isNull();
        sync(batch(), inspector("insp-a")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("items"));
    }

    @Test
    void an_item_has_the_field_errors_and_codes_of_its_single_endpoints_problem() throws Exception {
        ObjectNode bad = form();
        bad.withObjectProperty("enterprise").put("region", "999999");
        bad.putArray("inspectorIds").add("insp-a");
        bad.put("fuzzUnknown", 1);
        JsonNode single = body(putForm(newId(), bad, inspector("insp-a")).andExpect(status().isBadRequest()));
        JsonNode item = body(sync(batch(item("c1", "FORM", newId(), bad)), inspector("insp-a")))
                .path("items").path(0);
        assertThat(item.path("status").asString()).isEqualTo("INVALID");
        assertThat(item.path("errors").findValuesAsString("field"))
                .isEqualTo(single.path("errors").findValuesAsString("field"));
        assertThat(item.path("errors").findValuesAsString("code")).containsOnly(single.path("code").asString());

        bad.remove("fuzzUnknown");
        single = body(putForm(newId(), bad, inspector("insp-a")).andExpect(status().isBadRequest()));
        item = body(sync(batch(item("c1", "FORM", newId(), bad)), inspector("insp-a"))).path("items").path(0);
        assertThat(single.path("code").asString()).isEqualTo("validation-failed");
        assertThat(item.path("errors").findValuesAsString("field"))
                .isEqualTo(single.path("errors").findValuesAsString("field"))
                .contains("enterprise.region", "inspectorIds");
        assertThat(item.path("errors").findValuesAsString("message"))
                .isEqualTo(single.path("errors").findValuesAsString("message"));

        JsonNode badId = body(sync(batch(item("c1", "FORM", "not an id", form()),
                item("c2", "RAIN", newId(), form())), inspector("insp-a"))).path("items");
        assertThat(badId.path(0).path("errors").path(0).path("code").asString()).isEqualTo("invalid-sample-id");
        assertThat(badId.path(1).path("errors").path(0).path("field").asString()).isEqualTo("kind");
    }

    @Test
    void a_photo_over_the_limit_is_refused_413_while_the_batch_of_its_form_applies() throws Exception {
        String sampleId = newId();
        ObjectNode signed = form();
        signed.putObject("party").put("signaturePhotoId", "signature-1");
        ObjectNode batch = batch(item("f", "FORM", sampleId, signed), item("v", "REFUSAL", newId(), refusal()));
        assertThat(statuses(body(sync(batch, inspector("insp-a"))))).containsExactly("f:APPLIED", "v:APPLIED");

        mvc.perform(put("/api/inspection/v1/samples/{id}/photos/{photoId}", sampleId, "signature-1")
                .with(inspector("insp-a")).contentType("image/jpeg").content(TestImages.jpeg(5 * 1024 * 1024 + 1, 3)))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.code").value("payload-too-large"));
        mvc.perform(get("/api/inspection/v1/samples/{id}/photos", sampleId).with(inspector("insp-a")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());

        assertThat(statuses(body(sync(batch, inspector("insp-a")))))
                .containsExactly("f:ALREADY_APPLIED", "v:ALREADY_APPLIED");
        mvc.perform(put("/api/inspection/v1/samples/{id}/photos/{photoId}", sampleId, "signature-1")
                .with(inspector("insp-a")).contentType("image/jpeg").content(TestImages.jpeg(40_000, 3)))
                .andExpect(status().isCreated());
    }

    @Test
    void only_inspectors_and_labs_sync_and_each_item_keeps_its_single_endpoints_access_rule() throws Exception {
        String sampled = sampled(form());
        ObjectNode formItem = item("f", "FORM", newId(), form());
        mvc.perform(post("/api/inspection/v1/sync").contentType(MediaType.APPLICATION_JSON)
                .content(batch(formItem).toString())).andExpect(status().isUnauthorized());
        sync(batch(formItem), Tokens.enterprise("ent", uscc)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        sync(batch(formItem), Tokens.regulator("reg", "330000")).andExpect(status().isForbidden());
        sync(batch(formItem), Tokens.consumer("someone")).andExpect(status().isForbidden());

        JsonNode lab = body(sync(batch(formItem, item("r", "RESULT", sampled, failed()),
                item("v", "REFUSAL", newId(), refusal())), Tokens.lab("lab-1")).andExpect(status().isOk()));
        assertThat(statuses(lab)).containsExactly("f:INVALID", "r:APPLIED", "v:INVALID");
        assertThat(lab.path("items").path(0).path("errors").path(0).path("code").asString()).isEqualTo("forbidden");
        assertThat(stored(formItem.path("sampleId").asString())).isNull();

        String notTheirs = sampled(form());
        JsonNode outsider = body(sync(batch(item("f", "FORM", newId(), form()),
                item("r", "RESULT", notTheirs, failed())), inspector("insp-c")).andExpect(status().isOk()));
        assertThat(statuses(outsider)).containsExactly("f:INVALID", "r:INVALID");
        assertThat(outsider.path("items").findValuesAsString("code"))
                .containsExactly("not-a-sampling-inspector", "not-found");
        assertThat(stored(notTheirs).get("conclusion")).isNull();
    }

    @Test
    void the_openapi_document_describes_the_batch_and_its_items() throws Exception {
        JsonNode docs = body(mvc.perform(get("/api/inspection/v3/api-docs")).andExpect(status().isOk()));
        JsonNode operation = docs.path("paths").path("/api/inspection/v1/sync").path("post");
        assertThat(operation.path("description").asString()).contains("not-a-sampling-inspector", "INVALID");
        JsonNode schemas = docs.path("components").path("schemas");
        String request = operation.at("/requestBody/content/application~1json/schema/$ref").asString();
        JsonNode items = schemas.path(request.substring(request.lastIndexOf('/') + 1)).path("properties")
                .path("items");
        String item = items.path("items").path("$ref").asString();
        JsonNode itemSchema = schemas.path(item.substring(item.lastIndexOf('/') + 1));
        assertThat(itemSchema.path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("clientId", "kind", "sampleId");
        assertThat(itemSchema.path("properties").propertyNames()).contains("enterprise", "product", "sampledAt",
                "reason", "witness", "attemptedAt", "items", "overallVerdict");
        assertThat(itemSchema.at("/properties/kind/enum").valueStream().map(JsonNode::asString))
                .containsExactly("FORM", "RESULT", "CANNOT_SAMPLE", "REFUSAL");
    }
}
