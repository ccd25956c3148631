package org.qsp.credit.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.penalty.PenaltyIntegrationTest;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/** Guiyang (5201xx): no other test class uses it. */
class ListsApiTest extends PenaltyIntegrationTest {

    static final String REGION = "520102";
    static final RequestPostProcessor REGULATOR = Tokens.regulator("officer-li", "520100");
    /** Three years and a day: every entry made now is due by then. */
    static final Duration THREE_YEARS = Duration.ofDays(3 * 366 + 1);

    @Autowired
    ListService lists;
    @Autowired
    AggregateStore<ListEntry> entries;

    @Test
    void a_heavier_penalty_for_a_serious_violation_lists_the_enterprise_forcing_class_D_until_its_3_years_end()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String penalty = record(with(with(penalty(uscc, REGION), "kind", "CONFISCATION"), "serious", true),
                REGULATOR).get("id").asString();

        JsonNode listed = file(uscc);
        assertThat(listed.get("score").asInt()).isEqualTo(50);
        assertThat(listed.get("riskClass").asString()).isEqualTo("D");
        assertThat(line(listed, "SERIOUS_DISHONESTY_LISTED").get("note").asString())
                .contains("listed on the serious-dishonesty list");
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].list").value("SERIOUS_DISHONESTY"))
                .andExpect(jsonPath("$.entries[0].reason").value("SERIOUS_VIOLATION"))
                .andExpect(jsonPath("$.entries[0].until").isNotEmpty());
        mvc.perform(get(LISTS).param("list", "SERIOUS_DISHONESTY").param("size", "100").with(REGULATOR))
                .andExpect(jsonPath("$.items[*].sourceId").value(hasItem(penalty)));

        kit.clock().advance(THREE_YEARS);
        lists.check();
        lists.check();

        ListEntry ended = entries.get(ListService.seriousIdOf(penalty));
        assertThat(ended.exit()).isEqualTo(ListExit.EXPIRED);
        JsonNode after = file(uscc);
        assertThat(after.get("score").asInt()).isEqualTo(80);
        assertThat(after.get("riskClass").asString()).isEqualTo("B");
        assertThat(line(after, "SERIOUS_DISHONESTY_LISTED").isMissingNode()).isTrue();
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc)).andExpect(jsonPath("$.entries").isEmpty());
        awaitPublished(uscc);
        kit.awaitPublished(ListEntry.class, ended.id());
        assertThat(kit.published(EventCatalog.CREDIT_LIST_EXITED, uscc)).hasSize(1);
        assertThat(classChanges(uscc)).extracting(c -> c.currentClass()).containsExactly("B", "D", "B");
    }

    @Test
    void a_lighter_penalty_or_one_for_a_violation_that_is_not_serious_lists_nothing() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        record(with(with(penalty(uscc, REGION), "fineAmount", 100000), "serious", true), REGULATOR);
        record(with(with(penalty(uscc, REGION), "kind", "LICENCE_REVOCATION"), "serious", false), REGULATOR);

        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc)).andExpect(jsonPath("$.entries").isEmpty());
        JsonNode file = file(uscc);
        assertThat(file.get("score").asInt()).isEqualTo(45);
        assertThat(line(file, "SERIOUS_DISHONESTY_LISTED").isMissingNode()).isTrue();
        assertThat(lists.current(uscc)).isEmpty();
    }

    @Test
    void a_regulator_adds_an_abnormal_operation_entry_once_and_removes_it_when_fixed() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var body = abnormal(uscc, "MISSED_ANNUAL_REPORT");
        String id = read(mvc.perform(post(LISTS + "/abnormal-operation").with(REGULATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post(LISTS + "/abnormal-operation").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        assertThat(file(uscc).get("score").asInt()).isEqualTo(90);
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc))
                .andExpect(jsonPath("$.entries[0].list").value("ABNORMAL_OPERATION"))
                .andExpect(jsonPath("$.entries[0].reason").value("MISSED_ANNUAL_REPORT"))
                .andExpect(jsonPath("$.entries[0].until").doesNotExist());

        mvc.perform(post(LISTS + "/entries/" + id + "/removal").with(Tokens.regulator("r-gz", "440100"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"补报年报\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(LISTS + "/entries/" + id + "/removal").with(REGULATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"补报年报\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exit").value("FIXED"));

        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc)).andExpect(jsonPath("$.entries").isEmpty());
        JsonNode file = file(uscc);
        assertThat(file.get("score").asInt()).isEqualTo(100);
        assertThat(recordOf(file, id).get("points").asInt()).isZero();
        assertThat(recordOf(file, id).get("ended").asString()).contains("fixed");
        mvc.perform(post(LISTS + "/abnormal-operation").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(not(id)));
    }

    @Test
    void three_years_abnormal_without_fixing_move_the_enterprise_to_the_serious_list_once() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String id = read(mvc.perform(post(LISTS + "/abnormal-operation").with(REGULATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(json(abnormal(uscc, "UNREACHABLE_ADDRESS"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        kit.clock().advance(Duration.ofDays(3 * 365 - 2));
        lists.check();
        assertThat(entries.get(id).open()).isTrue();

        kit.clock().advance(Duration.ofDays(4));
        lists.check();
        lists.check();

        assertThat(entries.get(id).exit()).isEqualTo(ListExit.MOVED_TO_SERIOUS);
        ListEntry serious = entries.get(ListService.seriousIdOf(id));
        assertThat(serious.open()).isTrue();
        assertThat(serious.reason()).isEqualTo(ListReason.ABNORMAL_NOT_FIXED);
        JsonNode file = file(uscc);
        assertThat(file.get("riskClass").asString()).isEqualTo("D");
        assertThat(line(file, "ABNORMAL_OPERATION_LISTED").isMissingNode()).isTrue();
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].list").value("SERIOUS_DISHONESTY"))
                .andExpect(jsonPath("$.entries[0].reason").value("ABNORMAL_NOT_FIXED"));
        kit.awaitPublished(ListEntry.class, serious.id());
        kit.awaitPublished(ListEntry.class, id);
        assertThat(kit.published(EventCatalog.CREDIT_LIST_ENTERED, uscc)).hasSize(2);
        assertThat(kit.published(EventCatalog.CREDIT_LIST_EXITED, uscc)).hasSize(1);
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void bad_entries_and_forbidden_callers_write_nothing() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        for (var body : new Map[] {abnormal(uscc, "SERIOUS_VIOLATION"), abnormal(uscc, "LATE"),
                without(abnormal(uscc, "FALSE_DISCLOSURE"), "region"), abnormal("91520102MA000000I1", "FALSE_DISCLOSURE")}) {
            mvc.perform(post(LISTS + "/abnormal-operation").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                            .content(json(body)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post(LISTS + "/abnormal-operation").with(Tokens.regulator("r-gz", "440100"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(abnormal(uscc, "FALSE_DISCLOSURE"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-not-supervised"));
        mvc.perform(post(LISTS + "/abnormal-operation").with(Tokens.enterprise("e", uscc))
                        .contentType(MediaType.APPLICATION_JSON).content(json(abnormal(uscc, "FALSE_DISCLOSURE"))))
                .andExpect(status().isForbidden());
        assertThat(lists.current(uscc)).isEmpty();
        assertThat(recordsOf(uscc)).isEmpty();
    }

    private static Map<String, Object> abnormal(String uscc, String reason) {
        return Map.of("uscc", uscc, "enterpriseName", "示例企业", "region", REGION, "reason", reason);
    }
}
