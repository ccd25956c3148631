package org.qsp.credit.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.list.ListService;
import org.qsp.credit.rules.RecordType;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/** Chengdu (5101xx): no other test class uses it. */
class PenaltyApiTest extends PenaltyIntegrationTest {

    static final String REGION = "510104";
    static final RequestPostProcessor REGULATOR = Tokens.regulator("officer-wang", "510100");

    @Autowired
    AggregateStore<Penalty> penalties;

    @Test
    void a_regulator_records_a_penalty_that_counts_once_even_when_sent_again_and_another_decision_under_its_number_is_409()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var body = penalty(uscc, REGION);

        JsonNode first = record(body, REGULATOR);
        String id = first.get("id").asString();
        assertThat(first.get("status").asString()).isEqualTo("SHOWN");
        assertThat(first.get("late").asBoolean()).isFalse();
        assertThat(first.get("publishBy").asString()).isNotEmpty();
        mvc.perform(post(PENALTIES).with(REGULATOR).contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post(PENALTIES).with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(body, "fineAmount", 60000))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("penalty-conflict"));

        assertThat(recordsOf(uscc)).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RecordType.PENALTY_FINE);
            assertThat(r.sourceId()).isEqualTo(id);
            assertThat(r.counted()).isTrue();
        });
        JsonNode file = file(uscc);
        assertThat(file.get("score").asInt()).isEqualTo(85);
        assertThat(line(file, "PENALTY_FINE").get("records").asInt()).isEqualTo(1);
        assertThat(line(file, "PENALTY_FINE").get("pointsEach").asInt()).isEqualTo(-15);
        assertThat(awaitPublished(uscc).inFlight()).isEmpty();
    }

    @Test
    void a_decision_recorded_after_its_20_working_days_is_published_at_once_and_flagged_late() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        JsonNode recorded = record(with(penalty(uscc, REGION), "decidedAt", today().minusDays(60).toString()),
                REGULATOR);

        assertThat(recorded.get("late").asBoolean()).isTrue();
        assertThat(recorded.get("status").asString()).isEqualTo("SHOWN");
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(recorded.get("id").asString())));
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("missing decision number", (Edit) b -> without(b, "decisionNumber"), 400,
                        "validation-failed", "decisionNumber"),
                Arguments.of("missing region", (Edit) b -> without(b, "region"), 400, "validation-failed", "region"),
                Arguments.of("serious not a boolean", (Edit) b -> with(b, "serious", "ja"), 400, "malformed-request",
                        "serious"),
                Arguments.of("fine amount not a number", (Edit) b -> with(b, "fineAmount", "much"), 400,
                        "malformed-request", "fineAmount"),
                Arguments.of("decidedAt not a date", (Edit) b -> with(b, "decidedAt", "2026-02-30"), 400,
                        "malformed-request", "decidedAt"),
                Arguments.of("invalid USCC", (Edit) b -> with(b, "uscc", "91510104MA000000I1"), 400,
                        "validation-failed", "uscc"),
                Arguments.of("unknown kind", (Edit) b -> with(b, "kind", "FLOGGING"), 400, "malformed-request", "kind"),
                Arguments.of("unknown domain", (Edit) b -> with(b, "domain", "TOYS"), 400, "malformed-request",
                        "domain"),
                Arguments.of("decided in the future", (Edit) b -> with(b, "decidedAt", "2099-01-01"), 400,
                        "decided-in-future", "decidedAt"),
                Arguments.of("a fine without its amount", (Edit) b -> without(b, "fineAmount"), 400,
                        "fine-amount-missing", "fineAmount"),
                Arguments.of("a negative fine", (Edit) b -> with(b, "fineAmount", -5), 400, "validation-failed",
                        "fineAmount"),
                Arguments.of("an unknown field", (Edit) b -> with(b, "officer", "张三"), 400, "malformed-request",
                        "officer"),
                Arguments.of("a region that is no place", (Edit) b -> with(b, "region", "519999"), 400,
                        "validation-failed", "region"));
    }

    interface Edit extends java.util.function.UnaryOperator<Map<String, Object>> {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void bad_input_gets_problem_json_naming_the_field_and_records_nothing(String why, Edit edit, int status,
            String code, String field) throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var body = edit.apply(penalty(uscc, REGION));

        mvc.perform(post(PENALTIES).with(REGULATOR).contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        if (body.get("decisionNumber") != null) {
            assertThat(penalties.find(Penalty.idOf((String) body.get("decisionNumber")))).isEmpty();
        }
        assertThat(recordsOf(uscc)).isEmpty();
    }

    @Test
    void an_oversized_body_is_413_and_callers_who_may_not_record_are_refused_and_nothing_is_written() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var body = penalty(uscc, REGION);
        mvc.perform(post(PENALTIES).with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(body, "violation", "x".repeat(70_000)))))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("payload-too-large"));
        for (var caller : List.of(Tokens.enterprise("e", uscc), Tokens.inspector("i", "510100"), Tokens.consumer("c"),
                Tokens.lab("l"), Tokens.admin())) {
            mvc.perform(post(PENALTIES).with(caller).contentType(MediaType.APPLICATION_JSON).content(json(body)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        mvc.perform(post(PENALTIES).with(Tokens.regulator("r-gz", "440100")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(body)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("region-not-supervised"));
        mvc.perform(post(PENALTIES).contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isUnauthorized());

        assertThat(penalties.find(Penalty.idOf((String) body.get("decisionNumber")))).isEmpty();
        assertThat(recordsOf(uscc)).isEmpty();
    }

    @Test
    void a_revoked_penalty_stops_counting_its_list_entry_ends_and_its_publication_is_withdrawn_within_3_working_days()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var body = with(with(penalty(uscc, REGION), "fineAmount", 300000), "serious", true);
        String id = record(body, REGULATOR).get("id").asString();
        JsonNode listed = file(uscc);
        assertThat(listed.get("riskClass").asString()).isEqualTo("D");
        assertThat(line(listed, "SERIOUS_DISHONESTY_LISTED").get("note").asString()).contains("listed");

        mvc.perform(post(PENALTIES + "/" + id + "/revocation").with(Tokens.regulator("r-sc", "510000"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"复议撤销\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawnAt").isNotEmpty())
                .andExpect(jsonPath("$.withdrawBy").isNotEmpty());
        Penalty revoked = penalties.get(id);
        assertThat(revoked.withdrawBy()).isAfter(today().minusDays(1)).isBefore(today().plusDays(15));
        mvc.perform(post(PENALTIES + "/" + id + "/revocation").with(REGULATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revocationReason").value("复议撤销"));

        JsonNode file = file(uscc);
        assertThat(file.get("score").asInt()).isEqualTo(100);
        assertThat(file.get("riskClass").asString()).isEqualTo("A");
        assertThat(line(file, "PENALTY_FINE").isMissingNode()).isTrue();
        assertThat(recordOf(file, id).get("points").asInt()).isZero();
        assertThat(recordOf(file, id).get("ended").asString()).startsWith("penalty revoked on");
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc)
                        .param("updatedSince", Instant.now().minus(Duration.ofHours(1)).toString()))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.items[0].removedAt").isNotEmpty());
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc)).andExpect(jsonPath("$.entries").isEmpty());

        String entry = ListService.seriousIdOf(id);
        awaitPublished(uscc);
        assertThat(kit.awaitPublished(org.qsp.credit.list.ListEntry.class, entry).open()).isFalse();
        assertThat(kit.published(EventCatalog.CREDIT_LIST_ENTERED, uscc)).hasSize(1);
        assertThat(kit.published(EventCatalog.CREDIT_LIST_EXITED, uscc)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"exit\":\"REVOKED\""));
        assertThat(classChanges(uscc)).extracting(c -> c.currentClass()).containsExactly("B", "D", "A");
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void the_public_api_shows_publications_page_by_page_without_class_score_or_persons() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        record(penalty(uscc, REGION), REGULATOR);
        record(with(with(penalty(uscc, REGION), "kind", "WARNING"), "fineAmount", null), REGULATOR);

        String answer = mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].uscc").value(uscc))
                .andExpect(jsonPath("$.items[0].status").value("SHOWN"))
                .andReturn().getResponse().getContentAsString();
        JsonNode json = read(answer);
        assertNoInternalKeys(json);
        assertThat(answer).doesNotContain("officer-wang").doesNotContain("recordedBy");
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc).param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", "91510104MA000000I1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"));
        mvc.perform(get(PUBLIC_PENALTIES).param("size", "101")).andExpect(status().isBadRequest());
        mvc.perform(get(PUBLIC_PENALTIES).param("updatedSince", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("updatedSince")));
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("riskClass"))));
    }

    @Test
    void a_warning_is_shown_3_months_and_a_mirror_syncing_with_updated_since_learns_that_it_expired() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String warning = record(with(with(penalty(uscc, REGION), "kind", "WARNING"), "fineAmount", null), REGULATOR)
                .get("id").asString();
        String fine = record(penalty(uscc, REGION), REGULATOR).get("id").asString();
        Instant synced = kit.clock().instant().plus(Duration.ofDays(30));

        kit.clock().advance(Duration.ofDays(95));

        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(warning))))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(fine)));
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc).param("updatedSince", synced.toString()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(warning))
                .andExpect(jsonPath("$.items[0].status").value("EXPIRED"))
                .andExpect(jsonPath("$.items[0].removedAt").isNotEmpty());
    }

    @Test
    void the_enterprise_sees_its_own_penalty_and_others_are_told_it_does_not_exist() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        String id = record(penalty(uscc, REGION), REGULATOR).get("id").asString();

        mvc.perform(get(PENALTIES + "/" + id).with(Tokens.enterprise("e", uscc))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("officer-wang"))));
        mvc.perform(get(PENALTIES + "/" + id).with(Tokens.enterprise("e2", TestUsccs.valid(REGION))))
                .andExpect(status().isNotFound());
        mvc.perform(get(PENALTIES + "/" + id).with(Tokens.regulator("r-gz", "440100")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PENALTIES).param("uscc", uscc).with(REGULATOR))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(get(PENALTIES).param("uscc", uscc).with(Tokens.regulator("r-gz", "440100")))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    /** No key anywhere in the answer names an internal class or score. */
    static void assertNoInternalKeys(JsonNode node) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                assertThat(key).isNotIn("riskClass", "score", "class", "unboundedScore", "explanation", "recordedBy",
                        "listedBy", "decidedBy");
                assertNoInternalKeys(node.get(key));
            }
        } else if (node.isArray()) {
            node.forEach(PenaltyApiTest::assertNoInternalKeys);
        }
    }
}
