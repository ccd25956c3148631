package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

/**
 * The public feed: open to anyone, only what the public may see, ordered by last published time for incremental
 * sync, and paged with a cursor that neither skips nor loses a recall while recalls change.
 */
class PublicFeedTest extends RecallIntegrationTest {

    @Test
    void anyone_reads_a_published_recall_without_internal_notes_or_personal_data_and_no_unpublished_one()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String id = fileVoluntary(uscc);
        postJson(RECALLS + "/" + id + "/review", Map.of("decision", "REQUEST_CHANGES", "notes", "内部备注：核实销量"),
                regulator());
        putJson(RECALLS + "/" + id + "/plan", plan(uscc), enterprise(uscc));
        postJson(RECALLS + "/" + id + "/review", Map.of("decision", "ACCEPT"), regulator());
        putJson(RECALLS + "/" + id + "/progress-reports/1", with(units(600, 0, 0, 200), "note", "内部进度说明"),
                enterprise(uscc));
        String unpublished = fileVoluntary(uscc);
        letTheFeedSettle();

        String one = mvc.perform(get(FEED + "/" + id)).andReturn().getResponse().getContentAsString();
        String list = mvc.perform(get(FEED + "?uscc=" + uscc)).andReturn().getResponse().getContentAsString();

        JsonNode recall = JSON.readTree(one);
        assertThat(recall.get("recallNumber").asString()).isEqualTo(id);
        assertThat(recall.get("status").asString()).isEqualTo("ongoing");
        assertThat(recall.get("kind").asString()).isEqualTo("voluntary");
        assertThat(recall.get("level").asInt()).isEqualTo(2);
        assertThat(recall.get("product").get("codeInfo").asString()).isEqualTo("批号 20261101-20261115");
        assertThat(recall.get("hazard").get("type").asString()).isEqualTo("MICROBIOLOGICAL");
        assertThat(recall.get("remedies").get(0).asString()).isEqualTo("REFUND");
        assertThat(recall.get("producer").get("uscc").asString()).isEqualTo(uscc);
        assertThat(recall.get("salesRegions")).hasSize(2);
        assertThat(recall.get("dates").get("initiated").asString()).isNotBlank();
        assertThat(recall.get("dates").get("classified").asString()).isNotBlank();
        assertThat(recall.get("units").get("affected").asInt()).isEqualTo(1000);
        assertThat(recall.get("units").get("recovered").asInt()).isEqualTo(600);
        assertThat(one + list).doesNotContain("李经理", "0571-88886666", "内部备注", "内部进度说明", "发布召回公告",
                "report:2026-1101", "ent-" + uscc, "regulator-hz", "contact", "publicity", "reviews", "evidence");
        assertThat(texts(JSON.readTree(list).get("items"), "recallNumber")).containsExactly(id);
        mvc.perform(get(FEED + "/" + unpublished))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void a_change_is_listed_once_it_has_settled_for_two_seconds() throws Exception {
        kit.clock().set(Instant.parse("2026-11-02T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        String id = ongoingRecall(uscc);

        assertThat(feed("uscc=" + uscc).get("items")).isEmpty();
        kit.clock().advance(Duration.ofMillis(1_999));
        assertThat(feed("uscc=" + uscc).get("items")).isEmpty();
        kit.clock().advance(Duration.ofMillis(1));
        assertThat(texts(feed("uscc=" + uscc).get("items"), "recallNumber")).containsExactly(id);
    }

    @Test
    void updated_since_returns_exactly_the_recalls_changed_after_it_and_paging_skips_none_while_recalls_change()
            throws Exception {
        kit.clock().set(Instant.parse("2026-11-02T02:00:00Z"));
        String uscc = TestUsccs.valid(COUNTY);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(ongoingRecall(uscc));
            kit.clock().advance(Duration.ofSeconds(1));
        }
        Instant since = kit.clock().instant();
        kit.clock().advance(Duration.ofSeconds(1));
        report(uscc, ids.get(1), 1, 100);
        report(uscc, ids.get(4), 1, 100);
        letTheFeedSettle();

        JsonNode changed = feed("uscc=" + uscc + "&updatedSince=" + since);
        assertThat(texts(changed.get("items"), "recallNumber")).containsExactly(ids.get(1), ids.get(4));
        assertThat(texts(feed("uscc=" + uscc + "&updatedSince=" + kit.clock().instant()).get("items"),
                "recallNumber")).isEmpty();

        // a client pages through two at a time; between its pages, a recall it has seen and one it has not change
        List<JsonNode> seen = new ArrayList<>();
        JsonNode page = feed("uscc=" + uscc + "&size=2");
        page.get("items").forEach(seen::add);
        kit.clock().advance(Duration.ofSeconds(1));
        report(uscc, ids.get(0), 1, 50);
        report(uscc, ids.get(5), 1, 70);
        letTheFeedSettle();
        while (page.get("more").asBoolean() || !page.get("items").isEmpty()) {
            page = feed("uscc=" + uscc + "&size=2&cursor=" + page.get("nextCursor").asString());
            page.get("items").forEach(seen::add);
        }

        assertThat(seen.stream().map(i -> i.get("recallNumber").asString()).toList()).containsExactly(ids.get(0), ids.get(2), ids.get(3), ids.get(6),
                ids.get(1), ids.get(4), ids.get(0), ids.get(5));
        assertThat(seen.getLast().get("units").get("recovered").asInt()).isEqualTo(70);
        assertThat(seen.get(6).get("units").get("recovered").asInt()).isEqualTo(50);
        List<String> times = seen.stream().map(i -> i.get("dates").get("lastPublished").asString()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
        assertThat(page.get("nextCursor").asString()).as("an empty page keeps the client's place").isNotBlank();
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "status | completed | 1",
            "status | ongoing   | 1",
            "status | terminated| 0",
            "region | 330203    | 2",
            "region | 330000    | 2",
            "region | 440000    | 0",
            "region | 100000    | 2",
            "q      | 好味      | 2",
            "q      | 水饺      | 2",
            "q      | 热水壶    | 0"})
    void the_feed_filters_by_status_region_sold_in_or_made_in_and_text_in_product_or_brand(String filter,
            String value, int found) throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String completed = ongoingRecall(uscc);
        putJson(RECALLS + "/" + completed + "/summary", with(with(units(900, 0, 0, 0), "measures", "下架"),
                "disposal", "销毁"), enterprise(uscc));
        postJson(RECALLS + "/" + completed + "/closure", Map.of("outcome", "COMPLETED"), regulator());
        ongoingRecall(uscc);
        letTheFeedSettle();

        assertThat(feed("uscc=" + uscc + "&" + filter + "=" + value).get("items")).hasSize(found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cursor=bm90LWEtY3Vyc29y  | invalid-cursor    | cursor",
            "updatedSince=yesterday    | malformed-request | updatedSince",
            "status=recalled           | validation-failed | status",
            "region=999999             | validation-failed | region",
            "uscc=91330106-x           | validation-failed | uscc",
            "size=101                  | validation-failed | size"})
    void a_bad_query_gets_400_naming_the_parameter(String query, String code, String field) throws Exception {
        JsonNode problem = send(get(FEED + "?" + query), null, null, 400);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private void report(String uscc, String id, int number, int recovered) throws Exception {
        putJson(RECALLS + "/" + id + "/progress-reports/" + number, units(recovered, 0, 0, 0), enterprise(uscc));
        kit.clock().advance(Duration.ofMillis(10));
    }

    private JsonNode feed(String query) throws Exception {
        return send(get(FEED + "?" + query), null, null, 200);
    }

}
