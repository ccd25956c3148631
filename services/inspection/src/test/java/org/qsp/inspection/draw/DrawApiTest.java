package org.qsp.inspection.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.qsp.contracts.EventCatalog;
import org.qsp.inspection.PlanningTest;
import org.qsp.inspection.task.Task;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Draws through the API: reproducible, published, verified, excluding what was drawn before, opening tasks. */
class DrawApiTest extends PlanningTest {

    /** Imports {@code count} class-D enterprises of the county in the category (a D ratio of 1 draws them all). */
    private List<String> classD(String county, String category, int count) throws Exception {
        StringBuilder body = new StringBuilder();
        List<String> usccs = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String uscc = TestUsccs.valid(county);
            usccs.add(uscc);
            body.append(row(uscc, county, "D", category));
        }
        assertThat(imported(county.substring(0, 4) + "00", body.toString()).path("rowsImported").asLong())
                .isEqualTo(count);
        return usccs;
    }

    private static ObjectNode everyD(ObjectNode plan) {
        plan.putObject("classRatios").put("A", 0).put("B", 0.05).put("C", 0.21).put("D", 1);
        return plan;
    }

    private static Set<String> picked(JsonNode draw) {
        return draw.path("picks").valueStream().map(p -> p.path("uscc").asString()).collect(Collectors.toSet());
    }

    @Test
    void a_draw_picks_by_class_assigns_pairs_publishes_verifies_and_a_retry_answers_the_same_draw() throws Exception {
        String category = newCategory();
        List<String> inspectors = inspectorsFor("330100", category, 3);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append(row(TestUsccs.valid(i % 2 == 0 ? "330106" : "330102"), i % 2 == 0 ? "330106" : "330102",
                    "ABCD".substring(i % 4, i % 4 + 1), category));
        }
        body.append(row(TestUsccs.valid("330106"), "330106", "D", newCategory()));
        imported("330100", body.toString());
        String planId = published(plan("CITY", "330100", 1000, category));
        String key = newKey();

        JsonNode draw = body(postDraw(planId, "2026-088 福彩3D 417", key, regulator("330100"))
                .andExpect(status().isCreated()));
        JsonNode again = body(postDraw(planId, "2026-088 福彩3D 417", key, regulator("330100"))
                .andExpect(status().isCreated()));
        postDraw(planId, "2026-089", key, regulator("330100")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));

        String drawId = draw.path("drawId").asString();
        assertThat(again).isEqualTo(draw);
        assertThat(draw.path("poolSize").asInt()).isEqualTo(200);
        assertThat(draw.path("algorithm").asString()).isEqualTo(DrawAlgorithm.VERSION);
        assertThat(draw.path("poolHash").asString()).matches("[0-9a-f]{64}");
        // A 0.05 x 50, B 0.15 x 50, C 0.40 x 50, D 0.70 x 50: 2 or 3, 7 or 8, 20, 35
        var perClass = draw.path("picks").valueStream().collect(Collectors.groupingBy(
                p -> p.path("riskClass").asString(), Collectors.counting()));
        assertThat(perClass.get("C")).isEqualTo(20);
        assertThat(perClass.get("D")).isEqualTo(35);
        draw.path("picks").forEach(p -> assertThat(p.path("inspectorIds").valueStream().map(JsonNode::asString)
                .toList()).hasSize(2).doesNotHaveDuplicates().isSubsetOf(inspectors));

        kit.awaitPublished(Draw.class, drawId);
        assertThat(kit.published(EventCatalog.INSPECTION_DRAW_PUBLISHED, drawId)).singleElement()
                .satisfies(r -> assertThat(kit.recorder().payload(r, EventCatalog.INSPECTION_DRAW_PUBLISHED)
                        .picked()).containsExactlyInAnyOrderElementsOf(picked(draw)));
        assertThat(mongo.count(Query.query(Criteria.where("source").is(drawId)), Task.class))
                .isEqualTo(draw.path("picks").size());

        JsonNode shown = body(mvc.perform(get("/api/inspection/v1/public/draws/{id}", drawId))
                .andExpect(status().isOk()));
        assertThat(shown.path("seed").asString()).isEqualTo("2026-088 福彩3D 417");
        assertThat(shown.path("poolHash").asString()).isEqualTo(draw.path("poolHash").asString());
        assertThat(shown.path("plan").path("region").asString()).isEqualTo("330100");
        assertThat(shown.toString()).doesNotContain("riskClass").doesNotContain("inspector");
        assertThat(picked(shown)).isEqualTo(picked(draw));

        mvc.perform(post("/api/inspection/v1/public/draws/{id}:verify", drawId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.matches").value(true))
                .andExpect(jsonPath("$.recomputedHash").value(draw.path("poolHash").asString()));
    }

    @Test
    void a_draw_whose_recorded_inputs_were_altered_no_longer_verifies() throws Exception {
        String category = newCategory();
        inspectorsFor("330100", category, 2);
        classD("330106", category, 30);
        String planId = published(everyD(plan("CITY", "330100", 10, category)));
        String drawId = drawn(planId, "330100", null).path("drawId").asString();
        mvc.perform(post("/api/inspection/v1/public/draws/{id}:verify", drawId))
                .andExpect(jsonPath("$.matches").value(true));

        mongo.updateFirst(Query.query(Criteria.where("_id").is(drawId)), new Update().set("seed", "another"),
                Draw.class);

        mvc.perform(post("/api/inspection/v1/public/draws/{id}:verify", drawId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.matches").value(false)).andExpect(jsonPath("$.picksMatch").value(false));
    }

    @Test
    void what_the_same_authority_drew_for_the_category_is_excluded_for_six_months() throws Exception {
        String category = newCategory();
        inspectorsFor("330100", category, 2);
        List<String> all = classD("330106", category, 12);
        String planId = published(everyD(plan("CITY", "330100", 100, category)));

        JsonNode first = drawn(planId, "330100", "one");
        JsonNode second = drawn(planId, "330100", "two");
        String otherCategory = published(everyD(plan("CITY", "330100", 100, newCategory())));
        kit.clock().advance(Duration.ofDays(190));
        JsonNode afterSixMonths = drawn(planId, "330100", "three");

        assertThat(picked(first)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(second.path("picks").size()).isZero();
        assertThat(second.path("excluded").asInt()).isEqualTo(12);
        assertThat(picked(afterSixMonths)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(otherCategory).isNotBlank();
    }

    @Test
    void what_a_higher_level_drew_this_year_for_the_category_in_an_area_holding_this_one_is_excluded()
            throws Exception {
        String category = newCategory();
        inspectorsFor("330000", category, 2);
        inspectorsFor("330100", category, 2);
        inspectorsFor("330106", category, 2);
        List<String> hangzhou = classD("330106", category, 10);
        String province = published(everyD(plan("PROVINCIAL", "330000", 4, category)));
        Set<String> byProvince = picked(drawn(province, "330000", "p"));

        JsonNode city = drawn(published(everyD(plan("CITY", "330100", 100, category))), "330100", "c");
        ObjectNode nextYear = everyD(plan("CITY", "330100", 100, category));
        nextYear.put("year", 2027);
        JsonNode cityNextYear = drawn(published(nextYear), "330100", "n");
        JsonNode county = drawn(published(everyD(plan("COUNTY", "330106", 100, category))), "330106", "k");

        assertThat(byProvince).hasSize(4);
        assertThat(picked(city)).hasSize(6).doesNotContainAnyElementsOf(byProvince);
        // next year's city plan: the province's draw is of another year, but the city's own draw is within six months
        assertThat(picked(cityNextYear)).containsExactlyInAnyOrderElementsOf(byProvince);
        assertThat(hangzhou).containsAll(byProvince);
        // the county is below the province and the city: both of their draws this year exclude
        assertThat(picked(county)).isEmpty();
    }

    @Test
    void inspectors_see_only_their_own_tasks_open_first_and_a_regulator_of_another_area_none() throws Exception {
        String category = newCategory();
        List<String> pair = inspectorsFor("330100", category, 2);
        putInspectorConflictFree();
        classD("330106", category, 3);
        JsonNode draw = drawn(published(everyD(plan("CITY", "330100", 10, category))), "330100", "t");

        JsonNode mine = body(mvc.perform(get("/api/inspection/v1/tasks/mine?size=100")
                .with(Tokens.inspector(pair.get(0), "330100"))).andExpect(status().isOk()));
        JsonNode others = body(mvc.perform(get("/api/inspection/v1/tasks/mine?size=100")
                .with(Tokens.inspector("inspector1", "330100"))).andExpect(status().isOk()));

        assertThat(mine.path("items").size()).isEqualTo(3);
        mine.path("items").forEach(t -> {
            assertThat(t.path("type").asString()).isEqualTo("DRAWN");
            assertThat(t.path("source").asString()).isEqualTo(draw.path("drawId").asString());
            assertThat(t.path("dueBy").asString()).startsWith("2026-12-31");
            assertThat(t.path("inspectorIds").valueStream().map(JsonNode::asString)).contains(pair.get(0));
        });
        assertThat(others.path("items").valueStream().map(t -> t.path("source").asString()))
                .doesNotContain(draw.path("drawId").asString());
        String taskId = mine.path("items").path(0).path("taskId").asString();
        mvc.perform(get("/api/inspection/v1/tasks/{id}", taskId).with(Tokens.inspector(pair.get(1), "330100")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/inspection/v1/tasks/{id}", taskId).with(Tokens.inspector("inspector1", "330100")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/inspection/v1/tasks/{id}", taskId).with(regulator("330100")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/inspection/v1/tasks/{id}", taskId).with(regulator("320100")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_draw_of_another_areas_plan_is_404_and_one_without_enough_inspectors_is_422() throws Exception {
        String category = newCategory();
        classD("330106", category, 2);
        String planId = published(everyD(plan("CITY", "330100", 10, category)));
        postDraw(planId, null, newKey(), regulator("320100")).andExpect(status().isNotFound());
        postDraw(planId, null, newKey(), regulator("330100")).andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value("not-enough-inspectors"));
        postDraw("PL-nope", null, newKey(), regulator("330100")).andExpect(status().isNotFound());
        mvc.perform(get("/api/inspection/v1/public/draws/{id}", "DR-0123456789abcdef01234567"))
                .andExpect(status().isNotFound());
    }

    private void putInspectorConflictFree() {
        // the configured inspectors (inspector1, inspector2) are not qualified for a test category
    }
}
