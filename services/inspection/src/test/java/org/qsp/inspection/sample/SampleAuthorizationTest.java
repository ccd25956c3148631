package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may do what with a sample: 401 without a token, 403 for a wrong role, 404 for others' samples
 * (which regulator covers which region: {@link SampleRegionTest}).
 */
class SampleAuthorizationTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";
    private final String uscc = TestUsccs.valid(REGION);
    private String id;
    private ObjectNode form;

    @BeforeEach
    void aSample() throws Exception {
        form = form(uscc, REGION, "insp-a", "insp-b");
        id = sampled(form);
    }

    private ObjectNode passed() {
        return result("PASS", item("铅", "PASS", true));
    }

    @Test
    void without_a_token_every_endpoint_answers_401() throws Exception {
        mvc.perform(put("/api/inspection/v1/samples/{id}", newId()).contentType(MediaType.APPLICATION_JSON)
                .content(form.toString())).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"));
        mvc.perform(put("/api/inspection/v1/samples/{id}/result", id).contentType(MediaType.APPLICATION_JSON)
                .content(passed().toString())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/inspection/v1/samples/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/inspection/v1/samples")).andExpect(status().isUnauthorized());
        assertThat(stored(id).get("conclusion")).isNull();
    }

    @Test
    void only_inspectors_record_forms_and_only_as_one_of_the_signing_inspectors() throws Exception {
        for (RequestPostProcessor wrongRole : List.of(Tokens.lab("lab-1"), Tokens.regulator("reg-1", REGION),
                Tokens.enterprise("ent-1", uscc), Tokens.consumer("c-1"), Tokens.admin())) {
            String other = newId();
            putForm(other, form, wrongRole).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
            assertThat(stored(other)).isNull();
        }
        String other = newId();
        putForm(other, form, Tokens.inspector("insp-x", REGION))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-a-sampling-inspector"))
                .andExpect(jsonPath("$.errors[0].field").value("inspectorIds"));
        assertThat(stored(other)).isNull();
        putForm(id, form, Tokens.inspector("insp-x", REGION)).andExpect(status().isForbidden());
    }

    @Test
    void results_come_from_a_lab_or_the_signing_inspectors_and_others_do_not_learn_the_sample_exists()
            throws Exception {
        Document before = stored(id);
        for (RequestPostProcessor wrongRole : List.of(Tokens.regulator("reg-1", REGION),
                Tokens.enterprise("ent-1", uscc), Tokens.consumer("c-1"), Tokens.admin())) {
            putResult(id, passed(), wrongRole).andExpect(status().isForbidden());
        }
        putResult(id, passed(), Tokens.inspector("insp-x", REGION))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        assertThat(stored(id)).isEqualTo(before);

        putResult(id, passed(), inspector("insp-b")).andExpect(status().isCreated());
    }

    @Test
    void a_sample_is_read_by_its_inspectors_labs_the_regulators_of_its_region_and_its_enterprise()
            throws Exception {
        for (RequestPostProcessor allowed : List.of(inspector("insp-a"),
                Tokens.inspector("insp-b", "440300"), Tokens.lab("lab-1"), Tokens.regulator("reg-county", REGION),
                Tokens.enterprise("ent-1", uscc))) {
            getSample(id, allowed).andExpect(status().isOk()).andExpect(jsonPath("$.sampleId").value(id));
        }
        for (RequestPostProcessor stranger : List.of(Tokens.inspector("insp-x", REGION),
                Tokens.regulator("reg-no-region", null), Tokens.enterprise("ent-2", TestUsccs.valid(REGION)))) {
            getSample(id, stranger).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        }
        for (RequestPostProcessor neverReads : List.of(Tokens.consumer("c-1"), Tokens.admin())) {
            getSample(id, neverReads).andExpect(status().isForbidden());
        }
    }

    @Test
    void an_unknown_sample_is_404_for_everyone_who_may_read_samples() throws Exception {
        getSample(newId(), Tokens.lab("lab-1")).andExpect(status().isNotFound());
        getSample(newId(), Tokens.regulator("reg-1", "330000")).andExpect(status().isNotFound());
    }

    @Test
    void only_regulators_list_samples() throws Exception {
        for (RequestPostProcessor wrongRole : List.of(inspector("insp-a"), Tokens.lab("lab-1"),
                Tokens.enterprise("ent-1", uscc), Tokens.consumer("c-1"), Tokens.admin())) {
            mvc.perform(get("/api/inspection/v1/samples").with(wrongRole)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/inspection/v1/samples").with(Tokens.regulator("reg-no-region", null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("claim-missing"));
    }
}
