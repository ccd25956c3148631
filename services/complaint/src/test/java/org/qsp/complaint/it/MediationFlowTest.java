package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.complaint.cases.MediationOutcome;
import org.qsp.complaint.cases.Notification;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.complaint.ComplaintMediationConcluded;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;
import tools.jackson.databind.JsonNode;

class MediationFlowTest extends ComplaintIntegrationTest {

    @Test
    void a_complaint_is_accepted_mediated_with_consent_paused_for_testing_and_settled_with_both_parties_to_be_told()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        var enterprise = Tokens.enterprise("ent-med", uscc);
        kit.clock().set(at("2026-03-02T02:00:00Z"));
        String id = fileCase(complaint(uscc, COUNTY), consumer("consumer-med"));

        kit.clock().set(at("2026-03-03T02:00:00Z"));
        JsonNode accepted = postJson(CASES + "/" + id + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("mediation").get("deadline").asString()).isEqualTo("2026-05-09");

        JsonNode before = getJson(CASES + "/" + id, enterprise);
        assertThat(before.get("complainant").isNull()).isTrue();
        assertThat(before.toString()).doesNotContain("13800138000");
        postJson(CASES + "/" + id + "/mediation/consent", null, enterprise);
        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.ACCEPTED);
        postJson(CASES + "/" + id + "/mediation/consent", null, consumer("consumer-med"));
        postJson(CASES + "/" + id + "/mediation/consent", null, consumer("consumer-med"));
        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.MEDIATING);
        JsonNode after = getJson(CASES + "/" + id, enterprise);
        assertThat(after.get("complainant").get("phone").asString()).isEqualTo("13800138000");

        postJson(CASES + "/" + id + "/mediation/statements", Map.of("text", "同意退货并赔偿"), enterprise);
        kit.clock().set(at("2026-03-09T02:00:00Z"));
        postJson(CASES + "/" + id + "/mediation/pause", Map.of("reason", "TESTING"), countyRegulator());
        kit.clock().set(at("2026-03-16T02:00:00Z"));
        JsonNode resumed = postJson(CASES + "/" + id + "/mediation/resume", null, countyRegulator());
        assertThat(resumed.get("mediation").get("deadline").asString()).isEqualTo("2026-05-15");

        kit.clock().set(at("2026-03-20T02:00:00Z"));
        postJson(CASES + "/" + id + "/mediation/conclusion", Map.of("outcome", "SETTLED"), countyRegulator());

        ComplaintCase settled = awaitPublished(id);
        assertThat(settled.status()).isEqualTo(CaseStatus.MEDIATION_ENDED);
        assertThat(settled.mediation().outcome()).isEqualTo(MediationOutcome.SETTLED);
        assertThat(settled.mediation().statements()).hasSize(1);
        assertThat(settled.notifications()).extracting(Notification::party)
                .containsExactlyInAnyOrder(Notification.Party.COMPLAINANT, Notification.Party.RESPONDENT);
        assertThat(settled.notifications()).extracting(Notification::dueBy).containsOnly(LocalDate.of(2026, 3, 31));
        var concluded = kit.published(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, id);
        assertThat(concluded).hasSize(1);
        ComplaintMediationConcluded event = kit.recorder().payload(concluded.getFirst(),
                EventCatalog.COMPLAINT_MEDIATION_CONCLUDED);
        assertThat(event.agreementReached()).isTrue();
        assertThat(event.respondent().uscc()).isEqualTo(uscc);
        assertThat(kit.published(EventCatalog.COMPLAINT_CASE_ACCEPTED, id)).hasSize(1);

        JsonNode mine = getJson(CASES + "/mine", consumer("consumer-med")).get("items").get(0);
        assertThat(mine.get("status").asString()).isEqualTo("closed");
        assertThat(mine.get("statusNotes").asString()).contains("SETTLED");
        assertThat(mine.get("timeline").size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_settlement_needs_both_consents_a_violation_found_opens_a_lead_check_and_a_report_cannot_be_mediated()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        kit.clock().set(at("2026-04-01T02:00:00Z"));
        String id = fileCase(complaint(uscc, COUNTY), consumer("consumer-med2"));
        postJson(CASES + "/" + id + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());

        mvc.perform(post(CASES + "/" + id + "/mediation/conclusion").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("outcome", "SETTLED"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("not-mediating"));
        postJson(CASES + "/" + id + "/mediation/conclusion", Map.of("outcome", "ABSENCE_OR_REFUSAL",
                "violationFound", true), countyRegulator());
        ComplaintCase ended = cases.get(id);
        assertThat(ended.mediation().leadCheckDue()).isEqualTo(LocalDate.of(2026, 4, 23));
        mvc.perform(post(CASES + "/" + id + "/mediation/conclusion").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("outcome", "IMPASSE"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("illegal-transition"));

        String reportId = fileCase(report(uscc, COUNTY, null, null), consumer("consumer-med2"));
        postJson(CASES + "/" + reportId + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
        mvc.perform(post(CASES + "/" + reportId + "/mediation/consent").with(consumer("consumer-med2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("wrong-procedure"));
        awaitPublished(id);
        awaitPublished(reportId);
        assertThat(kit.published(EventCatalog.COMPLAINT_MEDIATION_CONCLUDED, id)).hasSize(1);
    }

    @Test
    void a_case_is_rejected_with_a_reason_code_or_sent_back_and_re_dispatched() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String rejected = fileCase(complaint(uscc, COUNTY), consumer("consumer-rej"));
        mvc.perform(post(CASES + "/" + rejected + "/decision").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("decision", "REJECT"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(CASES + "/" + rejected + "/decision").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("decision", "REJECT", "reason", "TOO_LATE"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"));
        postJson(CASES + "/" + rejected + "/decision", Map.of("decision", "REJECT", "reason", "OVER_THREE_YEARS",
                "note", "知道权益受损已超过三年"), countyRegulator());
        awaitPublished(rejected);
        var events = kit.published(EventCatalog.COMPLAINT_CASE_REJECTED, rejected);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().value()).contains("OVER_THREE_YEARS").doesNotContain("知道权益受损");

        Map<String, Object> online = with(complaint(uscc, COUNTY), "respondent", with(respondent(uscc, COUNTY),
                "platform", Map.of("name", "示例购物平台", "region", "330108")));
        String sent = fileCase(online, consumer("consumer-rej"));
        JsonNode back = postJson(CASES + "/" + sent + "/send-back", Map.of("reason", "经营地不在本辖区"),
                countyRegulator());
        assertThat(back.get("authorityRegion").asString()).isEqualTo("330108");
        ComplaintCase moved = cases.get(sent);
        assertThat(moved.authorityRegion()).isEqualTo("330108");
        assertThat(moved.dispatches()).hasSize(1);
        mvc.perform(post(CASES + "/" + sent + "/decision").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("decision", "ACCEPT"))))
                .andExpect(status().isNotFound());
        postJson(CASES + "/" + sent + "/send-back", Map.of("reason", "平台所在地亦无管辖"),
                Tokens.regulator("r", "330108"));
        assertThat(cases.get(sent).authorityRegion()).isEqualTo("330100");
        postJson(CASES + "/" + sent + "/decision", Map.of("decision", "ACCEPT"), Tokens.regulator("hz", "330100"));
        assertThat(cases.get(sent).status()).isEqualTo(CaseStatus.ACCEPTED);
    }
}
