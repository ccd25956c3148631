package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.node.ObjectNode;

/** Every class of bad input gets a 4xx problem naming what is wrong, and leaves nothing behind. */
class SampleBadInputTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";

    private ResultActions refusedForm(ObjectNode form, int status, String code) throws Exception {
        String id = newId();
        ResultActions answer = putForm(id, form, inspector("insp-a"))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
        assertThat(stored(id)).as("nothing stored").isNull();
        return answer;
    }

    private ResultActions refusedResult(String id, Object result, int status, String code) throws Exception {
        Document before = stored(id);
        ResultActions answer = putResult(id, result, Tokens.lab("lab-1"))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
        assertThat(stored(id)).as("sample unchanged").isEqualTo(before);
        assertThat(before.get("conclusion")).isNull();
        assertThat(pendingEvents(id)).as("nothing to publish").isEmpty();
        assertThat(publishedFor(id)).isEmpty();
        return answer;
    }

    @Test
    void a_malformed_uscc_is_named() throws Exception {
        ObjectNode form = form(REGION);
        form.withObject("enterprise").put("uscc", "91330106MA27XY01");
        refusedForm(form, 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.uscc"));
    }

    @Test
    void an_early_uscc_failing_the_check_needs_the_override_and_is_accepted_with_it() throws Exception {
        ObjectNode form = form(TestUsccs.failingCheck(REGION), REGION, "insp-a", "insp-b");
        refusedForm(form, 400, "invalid-uscc")
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.uscc"));

        form.put("usccCheckOverride", true);
        putForm(newId(), form, inspector("insp-a"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enterprise.usccCheckOverridden").value(true));
    }

    @Test
    void missing_fields_are_each_named() throws Exception {
        ObjectNode form = form(REGION);
        form.remove("sampledAt");
        form.withObject("product").remove("name");
        form.withObject("enterprise").remove("role");
        refusedForm(form, 400, "validation-failed")
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("sampledAt", "product.name",
                        "enterprise.role")));

        ObjectNode noEnterprise = form(REGION);
        noEnterprise.remove("enterprise");
        refusedForm(noEnterprise, 400, "validation-failed")
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("enterprise")));
    }

    @Test
    void a_value_of_the_wrong_type_is_named() throws Exception {
        ObjectNode badTime = form(REGION);
        badTime.put("sampledAt", "yesterday");
        refusedForm(badTime, 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("sampledAt"));

        ObjectNode badLat = form(REGION);
        badLat.withObject("location").put("lat", "north");
        refusedForm(badLat, 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("location.lat"));
    }

    @Test
    void an_unknown_party_role_is_named() throws Exception {
        ObjectNode form = form(REGION);
        form.withObject("enterprise").put("role", "WHOLESALER");
        refusedForm(form, 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.role"));
    }

    @Test
    void a_form_needs_two_different_inspectors_and_a_past_sampling_time() throws Exception {
        ObjectNode one = form(REGION);
        one.putArray("inspectorIds").add("insp-a");
        refusedForm(one, 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("inspectorIds"));

        ObjectNode twice = form(REGION);
        twice.putArray("inspectorIds").add("insp-a").add("insp-a");
        refusedForm(twice, 400, "inspectors-not-distinct")
                .andExpect(jsonPath("$.errors[0].field").value("inspectorIds"));

        ObjectNode future = form(REGION);
        future.put("sampledAt", Instant.now().plus(Duration.ofHours(1)).toString());
        refusedForm(future, 400, "timestamp-in-future")
                .andExpect(jsonPath("$.errors[0].field").value("sampledAt"));
    }

    @ParameterizedTest(name = "sampled {0} ago: {1}")
    @CsvSource({"P366D, timestamp-too-old", "P36500D, timestamp-too-old", "-PT6M, timestamp-in-future"})
    void a_sampling_time_beyond_the_horizon_or_the_clock_skew_is_named(Duration ago, String code) throws Exception {
        ObjectNode form = form(REGION);
        form.put("sampledAt", Instant.now().minus(ago).toString());
        refusedForm(form, 400, code).andExpect(jsonPath("$.errors[0].field").value("sampledAt"));
    }

    @ParameterizedTest(name = "region {0} is refused")
    @ValueSource(strings = {"000000", "999999", "330199", "330000a", "33010"})
    void a_region_that_is_no_real_gb_t_2260_code_is_named(String region) throws Exception {
        ObjectNode form = form(REGION);
        form.withObject("enterprise").put("region", region);
        refusedForm(form, 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.region"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("GB/T 2260")));
    }

    @Test
    void the_national_code_names_an_authority_not_the_place_of_an_enterprise() throws Exception {
        ObjectNode form = form(REGION);
        form.withObject("enterprise").put("region", "100000");
        refusedForm(form, 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("enterprise.region"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a place")));
    }

    @ParameterizedTest(name = "co-signer {1}: {2}")
    @CsvSource({
            "inspector1, nobody-xyz, unknown-co-signer",
            "inspector1, ent-a, unknown-co-signer",
            "inspector1, insp-a, co-signer-of-another-authority",
            "insp-a, inspector2, co-signer-of-another-authority",
            "inspector1, insp-nj, co-signer-of-another-authority"})
    void a_co_signer_must_be_a_known_inspector_of_the_same_authority(String filer, String coSigner, String code)
            throws Exception {
        String id = newId();
        putForm(id, form(TestUsccs.valid(REGION), REGION, filer, coSigner), inspector(filer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value("inspectorIds"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(coSigner)));
        assertThat(stored(id)).as("nothing stored").isNull();
    }

    @Test
    void an_inspector_files_forms_only_for_the_regions_of_their_authority() throws Exception {
        for (String outside : List.of("330203", "320106", "330000")) {
            String id = newId();
            putForm(id, form(TestUsccs.valid("330106"), outside, "inspector1", "inspector2"), inspector("inspector1"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("region-not-supervised"))
                    .andExpect(jsonPath("$.errors[0].field").value("enterprise.region"));
            assertThat(stored(id)).as("nothing stored for %s", outside).isNull();
        }
        putForm(newId(), form(TestUsccs.valid("330106"), "330106", "inspector1", "inspector2"),
                inspector("inspector1")).andExpect(status().isCreated());
        putForm(newId(), form(TestUsccs.valid("330100"), "330100", "inspector2", "inspector1"),
                inspector("inspector2")).andExpect(status().isCreated());
    }

    @Test
    void an_inspector_token_without_a_region_files_nothing() throws Exception {
        String id = newId();
        putForm(id, form(REGION), Tokens.inspector("insp-a", null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("claim-missing"));
        assertThat(stored(id)).isNull();
    }

    @Test
    void a_body_over_64_kib_is_refused_with_413() throws Exception {
        ObjectNode form = form(REGION);
        form.withObject("product").put("name", "x".repeat(70_000));
        refusedForm(form, 413, "payload-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_refused() throws Exception {
        String id = newId();
        putForm(id, "{\"enterprise\":", inspector("insp-a"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"));
        assertThat(stored(id)).isNull();
    }

    @Test
    void a_sample_id_that_is_not_a_short_token_is_named() throws Exception {
        String id = "x".repeat(65);
        putForm(id, form(REGION), inspector("insp-a"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-sample-id"))
                .andExpect(jsonPath("$.errors[0].field").value("sampleId"));
        assertThat(stored(id)).isNull();
    }

    @Test
    void a_result_for_an_unknown_sample_is_404_and_creates_nothing() throws Exception {
        String id = newId();
        putResult(id, result("FAIL", item("铅", "FAIL", true)), Tokens.lab("lab-1"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        assertThat(stored(id)).isNull();
        assertThat(publishedFor(id)).isEmpty();
    }

    @Test
    void an_overall_verdict_contradicting_the_items_is_named() throws Exception {
        String id = sampled(form(REGION));
        refusedResult(id, result("FAIL", item("铅", "PASS", true)), 400, "verdict-inconsistent")
                .andExpect(jsonPath("$.errors[0].field").value("overallVerdict"));
        refusedResult(id, result("PASS", item("铅", "FAIL", true)), 400, "verdict-inconsistent")
                .andExpect(jsonPath("$.errors[0].field").value("overallVerdict"));
    }

    @Test
    void an_unknown_verdict_is_named() throws Exception {
        String id = sampled(form(REGION));
        refusedResult(id, result("MAYBE", item("铅", "PASS", true)), 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("overallVerdict"));
        refusedResult(id, result("PASS", item("铅", "UNSURE", true)), 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("items[0].verdict"));
    }

    @Test
    void a_result_without_items_or_with_incomplete_items_is_named() throws Exception {
        String id = sampled(form(REGION));
        refusedResult(id, result("PASS"), 400, "validation-failed")
                .andExpect(jsonPath("$.errors[0].field").value("items"));

        ObjectNode incomplete = item("铅", "PASS", true);
        incomplete.remove("measured");
        incomplete.remove("safetyRelated");
        refusedResult(id, result("PASS", incomplete), 400, "validation-failed")
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("items[0].measured",
                        "items[0].safetyRelated")));

        ObjectNode wrongType = item("铅", "PASS", true);
        wrongType.put("safetyRelated", "perhaps");
        refusedResult(id, result("PASS", wrongType), 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("items[0].safetyRelated"));
    }

    @Test
    void a_conclusion_time_before_the_sampling_is_named() throws Exception {
        String id = sampled(form(REGION));
        ObjectNode early = result("PASS", item("铅", "PASS", true));
        early.put("concludedAt", "2020-01-01T00:00:00Z");
        refusedResult(id, early, 400, "concluded-before-sampled")
                .andExpect(jsonPath("$.errors[0].field").value("concludedAt"));
    }
}
