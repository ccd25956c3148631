package org.qsp.inspection.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.Tokens;
import org.qsp.platform.test.TopicRecorder;
import tools.jackson.databind.node.ObjectNode;

/** The form's fields of issue 10: task, sampling type, category, product class, seals, GPS accuracy, the party. */
class SampleFormFieldsTest extends InspectionIntegrationTest {

    /** The task of the last {@link #fullForm()}. */
    private String task;

    private static final String REGION = "330106";

    private ObjectNode fullForm() {
        ObjectNode form = form(REGION);
        task = openTask(form.path("enterprise").path("uscc").asString(), REGION, "insp-a", "insp-b");
        form.put("taskId", task).put("samplingType", "EVALUATION").put("category", "0701")
                .put("productClass", "FOOD");
        form.putArray("sealNumbers").add("ZJ-0002").add("ZJ-0001");
        form.withObject("location").put("accuracy", 12.5);
        form.putObject("party").put("signaturePhotoId", "9b2c4f8e-5d1a-4e33-8a61-3f0c2b7d9e10");
        return form;
    }

    @Test
    void the_form_keeps_its_new_fields_and_the_fail_carries_type_category_class_and_task() throws Exception {
        String id = sampled(fullForm());

        getSample(id, inspector("insp-a")).andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(task))
                .andExpect(jsonPath("$.samplingType").value("EVALUATION"))
                .andExpect(jsonPath("$.productClass").value("FOOD"))
                .andExpect(jsonPath("$.sealNumbers[0]").value("ZJ-0001"))
                .andExpect(jsonPath("$.location.accuracy").value(12.5))
                .andExpect(jsonPath("$.party.signaturePhotoId").value("9b2c4f8e-5d1a-4e33-8a61-3f0c2b7d9e10"));
        putResult(id, result("FAIL", item("铅", "FAIL", true)), Tokens.lab("lab-1")).andExpect(status().isCreated());

        assertThat(kit.published(EventCatalog.SAMPLE_FAILED, id)).singleElement().satisfies(record -> {
            TopicRecorder.assertContractValid(record);
            SampleFailed failed = kit.recorder().payload(record, EventCatalog.SAMPLE_FAILED);
            assertThat(failed.samplingType()).isEqualTo("EVALUATION");
            assertThat(failed.category()).isEqualTo("0701");
            assertThat(failed.productClass()).isEqualTo("FOOD");
            assertThat(failed.taskId()).isEqualTo(task);
            assertThat(failed.contestBy()).isNotNull();
        });
    }

    @Test
    void a_form_without_the_new_fields_is_supervisory_of_an_industrial_product() throws Exception {
        String id = sampled(form(REGION));

        getSample(id, inspector("insp-a")).andExpect(jsonPath("$.samplingType").value("SUPERVISORY"))
                .andExpect(jsonPath("$.productClass").value("MANUFACTURED"))
                .andExpect(jsonPath("$.taskId").isEmpty());
    }

    @Test
    void a_refusal_to_sign_with_its_witness_is_kept() throws Exception {
        ObjectNode form = fullForm();
        form.putObject("party").put("refusalNote", "the manager would not sign").put("witness", "王某, 社区网格员");
        String id = sampled(form);

        getSample(id, inspector("insp-a")).andExpect(jsonPath("$.party.witness").value("王某, 社区网格员"))
                .andExpect(jsonPath("$.party.signaturePhotoId").isEmpty());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "party                | {\"signaturePhotoId\":\"../etc/passwd\"}                  | party.signaturePhotoId",
            "party                | {\"signaturePhotoId\":\"p-1\",\"refusalNote\":\"no\"}     | party",
            "party                | {\"refusalNote\":\"no\"}                                  | party",
            "samplingType         | \"SOMETIMES\"                                             | samplingType",
            "productClass         | \"PHARMA\"                                                | productClass",
            "taskId               | \"task with spaces\"                                      | taskId",
            "sealNumbers          | [\"S-1\",\"S-1\"]                                         | sealNumbers"})
    void a_malformed_new_field_is_a_400_naming_it_and_nothing_is_stored(String field, String json, String named)
            throws Exception {
        ObjectNode form = fullForm();
        form.set(field, JSON.readTree(json));
        String id = newId();

        putForm(id, form, inspector("insp-a")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(named));
        assertThat(stored(id)).isNull();
    }
}
