package org.qsp.inspection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.inspection.InspectionPlanPublished;
import org.qsp.inspection.PlanningTest;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.node.ObjectNode;

/** Publishing plans: the answer, the event, idempotent retries, bad input and the region rule. */
class PlanApiTest extends PlanningTest {

    @Test
    void a_city_plan_is_published_once_with_the_configured_ratios_and_one_event_and_a_retry_answers_the_same() throws Exception {
        String category = newCategory();
        ObjectNode plan = plan("CITY", "330100", 20, category, "food");
        String key = newKey();

        var first = body(postPlan(plan, key, regulator("330100")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("CITY"))
                .andExpect(jsonPath("$.classRatios.A").value(0.05))
                .andExpect(jsonPath("$.classRatios.D").value(0.7)));
        String planId = first.path("planId").asString();
        var again = body(postPlan(plan, key, regulator("330100")).andExpect(status().isCreated()));

        assertThat(planId).matches("PL-[0-9a-f]{24}");
        assertThat(again.path("planId").asString()).isEqualTo(planId);
        assertThat(first.path("categories").valueStream().map(n -> n.asString()).toList())
                .containsExactly("food", category);
        kit.awaitPublished(Plan.class, planId);
        assertThat(kit.published(EventCatalog.INSPECTION_PLAN_PUBLISHED, planId)).singleElement().satisfies(r -> {
            InspectionPlanPublished event = kit.recorder().payload(r, EventCatalog.INSPECTION_PLAN_PUBLISHED);
            assertThat(event.region()).isEqualTo("330100");
            assertThat(event.classRatios()).containsKeys("A", "B", "C", "D");
        });
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(planId)), Plan.COLLECTION))
                .isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_plan_is_409_and_nothing_is_written() throws Exception {
        String key = newKey();
        postPlan(plan("CITY", "330100", 20, newCategory()), key, regulator("330100")).andExpect(status().isCreated());
        postPlan(plan("CITY", "330100", 21, newCategory()), key, regulator("330100")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
    }

    @Test
    void a_level_that_does_not_fit_the_region_is_refused_naming_the_region() throws Exception {
        for (String[] mismatch : new String[][] {{"COUNTY", "330100"}, {"CITY", "330106"}, {"PROVINCIAL", "330100"},
                {"NATIONAL", "330000"}, {"CITY", "330000"}}) {
            postPlan(plan(mismatch[0], mismatch[1], 10, newCategory()), newKey(), Tokens.regulator("cn", "100000"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("level-region-mismatch"))
                    .andExpect(jsonPath("$.errors[0].field").value("region"));
        }
        postPlan(plan("NATIONAL", "100000", 10, newCategory()), newKey(), Tokens.regulator("cn", "100000"))
                .andExpect(status().isCreated());
        postPlan(plan("COUNTY", "330106", 10, newCategory()), newKey(), regulator("330106"))
                .andExpect(status().isCreated());
    }

    @Test
    void bad_input_is_a_problem_with_its_field_and_nothing_is_stored() throws Exception {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Plan.COLLECTION);
        ObjectNode missingYear = plan("CITY", "330100", 10, newCategory());
        missingYear.remove("year");
        ObjectNode badCategory = plan("CITY", "330100", 10, "Food!");
        ObjectNode unknownType = plan("CITY", "330100", 10, newCategory()).put("samplingType", "RANDOM");
        ObjectNode ratioOutOfBand = plan("CITY", "330100", 10, newCategory());
        ratioOutOfBand.putObject("classRatios").put("A", 0.1).put("B", 0.1).put("C", 0.3).put("D", 0.7);
        ObjectNode ratioTooFine = plan("CITY", "330100", 10, newCategory());
        ratioTooFine.putObject("classRatios").put("A", 0.01234).put("B", 0.1).put("C", 0.3).put("D", 0.7);
        ObjectNode ratioMissing = plan("CITY", "330100", 10, newCategory());
        ratioMissing.putObject("classRatios").put("A", 0.01).put("B", 0.1).put("C", 0.3);
        ObjectNode tooMany = plan("CITY", "330100", 20_001, newCategory());
        ObjectNode unknownRegion = plan("CITY", "339900", 10, newCategory());

        expectProblem(missingYear, 400, "validation-failed", "year");
        expectProblem(badCategory, 400, "validation-failed", "categories[0]");
        expectProblem(unknownType, 400, "malformed-request", null);
        expectProblem(ratioOutOfBand, 400, "class-ratio-out-of-band", "classRatios.A");
        expectProblem(ratioTooFine, 400, "validation-failed", "classRatios.A");
        expectProblem(ratioMissing, 400, "validation-failed", "classRatios.D");
        expectProblem(tooMany, 400, "validation-failed", "batchCount");
        expectProblem(unknownRegion, 400, "validation-failed", "region");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PLANS)
                .with(regulator("330100")).contentType("application/json")
                .content(plan("CITY", "330100", 10, newCategory()).toString()))
                .andExpect(status().isBadRequest());
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Plan.COLLECTION))
                .isEqualTo(before);
    }

    @Test
    void a_regulator_publishes_and_reads_only_plans_of_their_own_area() throws Exception {
        postPlan(plan("CITY", "320100", 10, newCategory()), newKey(), regulator("330100"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("region-not-supervised"));
        String hangzhou = published(plan("CITY", "330100", 10, newCategory()));

        mvc.perform(get(PLANS + "/{id}", hangzhou).with(regulator("320100"))).andExpect(status().isNotFound());
        mvc.perform(get(PLANS + "/{id}", hangzhou).with(regulator("330000"))).andExpect(status().isOk());
        mvc.perform(get(PLANS + "/{id}", hangzhou).with(Tokens.regulator("cn", "100000")))
                .andExpect(status().isOk());
        mvc.perform(get(PLANS + "/{id}", hangzhou).with(Tokens.inspector("inspector1", "330100")))
                .andExpect(status().isForbidden());
        var listed = body(mvc.perform(get(PLANS + "?region=330100&size=100").with(regulator("330000")))
                .andExpect(status().isOk()));
        assertThat(listed.path("items").valueStream().map(p -> p.path("planId").asString())).contains(hangzhou);
        var nanjing = body(mvc.perform(get(PLANS + "?size=100").with(regulator("320100"))).andExpect(status().isOk()));
        assertThat(nanjing.path("items").valueStream().map(p -> p.path("region").asString()))
                .allMatch(r -> r.startsWith("3201"));
        assertThat(mongo.findById(hangzhou, Document.class, Plan.COLLECTION)).isNotNull();
    }

    private void expectProblem(ObjectNode body, int status, String code, String field) throws Exception {
        var answer = postPlan(body, newKey(), regulator("330100")).andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code));
        if (field != null) {
            answer.andExpect(jsonPath("$.errors[?(@.field == '" + field + "')]").exists());
        }
    }
}
