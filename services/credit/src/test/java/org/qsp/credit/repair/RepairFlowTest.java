package org.qsp.credit.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import org.qsp.contracts.EventCatalog;
import org.qsp.credit.list.ListService;
import org.qsp.credit.penalty.PenaltyIntegrationTest;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/** Kunming (5301xx): no other test class uses it. */
class RepairFlowTest extends PenaltyIntegrationTest {

    static final String REGION = "530102";
    static final RequestPostProcessor REGULATOR = Tokens.regulator("officer-zhao", "530100");

    @Test
    void an_approved_repair_ends_the_publication_early_and_the_file_shows_the_repair() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var enterprise = Tokens.enterprise("e", uscc);
        String penalty = record(with(penalty(uscc, REGION), "decidedAt", today().minusMonths(8).toString()),
                REGULATOR).get("id").asString();
        assertThat(file(uscc).get("score").asInt()).isEqualTo(85);

        byte[] pdf = TestImages.pdf(20_000, 1);
        mvc.perform(put(REPAIRS + "/evidence/paid-fine").with(enterprise).contentType("application/pdf").content(pdf))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidenceId").value("paid-fine"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"));
        mvc.perform(put(REPAIRS + "/evidence/paid-fine").with(enterprise).contentType("application/pdf").content(pdf))
                .andExpect(status().isOk());
        mvc.perform(put(REPAIRS + "/evidence/paid-fine").with(enterprise).contentType("application/pdf")
                        .content(TestImages.pdf(20_000, 2)))
                .andExpect(status().isConflict());

        var application = application("PENALTY", penalty, "罚款已缴清，整改完成", "paid-fine");
        String id = read(mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(application)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON).content(json(application)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(with(application, "statement", "另一份申请"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("repair-open"));
        mvc.perform(get(REPAIRS + "/" + id).with(Tokens.enterprise("e2", TestUsccs.valid(REGION))))
                .andExpect(status().isNotFound());
        mvc.perform(get(REPAIRS).with(enterprise)).andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(get(REPAIRS + "/" + id + "/evidence/paid-fine").with(REGULATOR))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(Tokens.regulator("r-gz", "440100"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVE\", \"note\": \"材料齐全\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isOk());
        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REJECT\", \"note\": \"n\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("repair-decided"));

        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(penalty))));
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc)
                        .param("updatedSince", kit.clock().instant().minus(Duration.ofMinutes(5)).toString()))
                .andExpect(jsonPath("$.items[0].status").value("REPAIRED"));
        JsonNode file = file(uscc);
        assertThat(file.get("score").asInt()).isEqualTo(100);
        assertThat(line(file, "CREDIT_REPAIRED").get("records").asInt()).isEqualTo(1);
        assertThat(line(file, "PENALTY_FINE").isMissingNode()).isTrue();
        assertThat(recordOf(file, penalty).get("points").asInt()).isZero();
        assertThat(recordOf(file, penalty).get("ended").asString()).startsWith("repaired on " + today());
        mvc.perform(get(ENTERPRISES + "/" + uscc).with(enterprise))
                .andExpect(content().string(containsString("repaired on " + today())))
                .andExpect(content().string(not(containsString("riskClass"))));

        kit.awaitPublished(RepairApplication.class, id);
        assertThat(kit.published(EventCatalog.CREDIT_REPAIR_APPLIED, uscc)).hasSize(1);
        assertThat(kit.published(EventCatalog.CREDIT_REPAIR_DECIDED, uscc)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"decision\":\"APPROVED\""));
        kit.assertPublishedEventsKeepTheirContract();
    }

    @Test
    void an_application_before_6_months_or_before_a_year_in_food_is_422_and_names_the_first_eligible_day()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var enterprise = Tokens.enterprise("e", uscc);
        String recent = record(with(penalty(uscc, REGION), "decidedAt", today().minusMonths(1).toString()),
                REGULATOR).get("id").asString();
        String food = record(with(with(penalty(uscc, REGION), "decidedAt", today().minusMonths(8).toString()),
                "domain", "FOOD"), REGULATOR).get("id").asString();
        upload(enterprise, "receipt");

        for (String target : List.of(recent, food)) {
            mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                            .content(json(application("PENALTY", target, "已整改"))))
                    .andExpect(status().is(422))
                    .andExpect(jsonPath("$.code").value("repair-too-early"))
                    .andExpect(jsonPath("$.detail").value(containsString("may be applied for from")));
        }
        mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(application("PENALTY", food, "已整改", "not-uploaded"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-evidence"));
        mvc.perform(post(REPAIRS).with(Tokens.enterprise("e2", TestUsccs.valid(REGION)))
                        .contentType(MediaType.APPLICATION_JSON).content(json(application("PENALTY", food, "x"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(REPAIRS).with(enterprise)).andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void a_rejection_needs_a_note_and_leaves_everything_as_it_was_and_the_enterprise_may_apply_again()
            throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var enterprise = Tokens.enterprise("e", uscc);
        String penalty = record(with(penalty(uscc, REGION), "decidedAt", today().minusMonths(7).toString()),
                REGULATOR).get("id").asString();
        upload(enterprise, "receipt");
        String id = read(mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(application("PENALTY", penalty, "已整改"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REJECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("note-required"));
        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REJECT\", \"note\": \"缺少缴款凭证\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));

        assertThat(file(uscc).get("score").asInt()).isEqualTo(85);
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc)).andExpect(jsonPath("$.items[0].id").value(penalty));
        mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(application("PENALTY", penalty, "补充了缴款凭证"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(not(id)));
    }

    @Test
    void a_serious_list_entry_is_repaired_after_a_year_on_the_list_and_the_class_is_recomputed() throws Exception {
        String uscc = TestUsccs.valid(REGION);
        var enterprise = Tokens.enterprise("e", uscc);
        String penalty = record(with(with(penalty(uscc, REGION), "kind", "SUSPENSION"), "serious", true), REGULATOR)
                .get("id").asString();
        String entry = ListService.seriousIdOf(penalty);
        upload(enterprise, "licence");
        assertThat(file(uscc).get("riskClass").asString()).isEqualTo("D");

        mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(application("SERIOUS_LIST", entry, "已整改", "licence"))))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value("repair-too-early"));
        kit.clock().advance(Duration.ofDays(367));
        String id = read(mvc.perform(post(REPAIRS).with(enterprise).contentType(MediaType.APPLICATION_JSON)
                        .content(json(application("SERIOUS_LIST", entry, "已整改", "licence"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post(REPAIRS + "/" + id + "/decision").with(REGULATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isOk());

        JsonNode file = file(uscc);
        assertThat(file.get("riskClass").asString()).isEqualTo("C");
        assertThat(file.get("score").asInt()).isEqualTo(70);
        assertThat(line(file, "CREDIT_REPAIRED").get("records").asInt()).isEqualTo(1);
        assertThat(recordOf(file, entry).get("ended").asString()).contains("repaired on");
        mvc.perform(get(PUBLIC_LISTS).param("uscc", uscc)).andExpect(jsonPath("$.entries").isEmpty());
        mvc.perform(get(PUBLIC_PENALTIES).param("uscc", uscc)).andExpect(jsonPath("$.items[0].id").value(penalty));
    }

    @Test
    void evidence_of_another_type_or_too_large_is_refused_and_not_kept() throws Exception {
        var enterprise = Tokens.enterprise("e", TestUsccs.valid(REGION));
        mvc.perform(put(REPAIRS + "/evidence/fake").with(enterprise).contentType("application/pdf")
                        .content(TestImages.png(1_000, 1)))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(put(REPAIRS + "/evidence/text").with(enterprise).contentType("text/plain").content("hello"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(put(REPAIRS + "/evidence/huge").with(enterprise).contentType("image/jpeg")
                        .content(TestImages.jpeg(5 * 1024 * 1024 + 1, 1)))
                .andExpect(status().isContentTooLarge());
        mvc.perform(put(REPAIRS + "/evidence/x").with(REGULATOR).contentType("image/jpeg")
                        .content(TestImages.jpeg(100, 1)))
                .andExpect(status().isForbidden());
    }

    private void upload(RequestPostProcessor enterprise, String evidenceId) throws Exception {
        mvc.perform(put(REPAIRS + "/evidence/" + evidenceId).with(enterprise).contentType("image/png")
                        .content(TestImages.png(2_000, evidenceId.hashCode())))
                .andExpect(status().isCreated());
    }

    private static Map<String, Object> application(String target, String targetId, String statement,
            String... evidence) {
        return Map.of("target", target, "targetId", targetId, "statement", statement, "evidence",
                evidence.length == 0 ? List.of("receipt") : List.of(evidence));
    }
}
