package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.qsp.complaint.cases.AcceptanceOverdueCheck;
import org.qsp.complaint.cases.CaseStatus;
import org.qsp.complaint.cases.ComplaintCase;
import org.qsp.complaint.cases.Notification;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.complaint.ComplaintReportDecided;
import org.qsp.platform.test.TestUsccs;
import tools.jackson.databind.JsonNode;

class ReportFlowTest extends ComplaintIntegrationTest {

    @Autowired
    AcceptanceOverdueCheck overdue;

    @Test
    void a_report_is_accepted_extended_and_decided_substantiated_and_the_named_reporter_is_to_be_told() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        kit.clock().set(at("2026-03-02T02:00:00Z"));
        String id = fileCase(report(uscc, COUNTY, "赵六", "13600136000"), consumer("consumer-rep"));
        JsonNode accepted = postJson(CASES + "/" + id + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
        assertThat(accepted.get("report").get("verificationDeadline").asString()).isEqualTo("2026-03-23");
        assertThat(accepted.get("report").get("decisionDeadline").asString()).isEqualTo("2026-06-01");

        JsonNode extended = postJson(CASES + "/" + id + "/extensions", Map.of("what", "VERIFICATION",
                "approver", "局长", "reason", "需要调取物流记录"), countyRegulator());
        assertThat(extended.get("report").get("verificationDeadline").asString()).isEqualTo("2026-04-14");
        mvc.perform(post(CASES + "/" + id + "/extensions").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("what", "VERIFICATION",
                                "approver", "局长", "reason", "再延一次"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("already-extended"));
        mvc.perform(post(CASES + "/" + id + "/report-decision").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("substantiated", true,
                                "penaltyDecided", true))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("violation"));

        kit.clock().set(at("2026-04-10T02:00:00Z"));
        postJson(CASES + "/" + id + "/report-decision", Map.of("substantiated", true, "violation", "销售过期食品",
                "legalBasis", "《食品安全法》第三十四条", "penaltyDecided", true), countyRegulator());

        ComplaintCase decided = awaitPublished(id);
        assertThat(decided.status()).isEqualTo(CaseStatus.REPORT_DECIDED);
        assertThat(decided.notifications()).singleElement().satisfies(n -> {
            assertThat(n.party()).isEqualTo(Notification.Party.REPORTER);
            assertThat(n.dueBy()).isEqualTo(LocalDate.of(2026, 4, 17));
        });
        var events = kit.published(EventCatalog.COMPLAINT_REPORT_DECIDED, id);
        assertThat(events).hasSize(1);
        ComplaintReportDecided event = kit.recorder().payload(events.getFirst(), EventCatalog.COMPLAINT_REPORT_DECIDED);
        assertThat(event.substantiated()).isTrue();
        assertThat(event.correctionRequired()).isTrue();
        assertThat(event.penaltyDecided()).isTrue();
        assertThat(event.violation()).isEqualTo("销售过期食品");
        assertThat(events.getFirst().value()).doesNotContain("赵六", "13600136000");
    }

    @Test
    void an_unsubstantiated_report_and_a_report_against_an_unknown_business() throws Exception {
        String id = fileCase(report(TestUsccs.valid(COUNTY), COUNTY, null, null), null);
        postJson(CASES + "/" + id + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
        postJson(CASES + "/" + id + "/report-decision", Map.of("substantiated", false, "penaltyDecided", false),
                countyRegulator());
        ComplaintCase decided = awaitPublished(id);
        assertThat(decided.notifications()).isEmpty();
        ComplaintReportDecided event = kit.recorder().payload(
                kit.published(EventCatalog.COMPLAINT_REPORT_DECIDED, id).getFirst(),
                EventCatalog.COMPLAINT_REPORT_DECIDED);
        assertThat(event.substantiated()).isFalse();
        assertThat(event.correctionRequired()).isFalse();

        String unknown = fileCase(report(null, COUNTY, null, null), null);
        postJson(CASES + "/" + unknown + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
        mvc.perform(post(CASES + "/" + unknown + "/report-decision").with(countyRegulator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("substantiated", true,
                                "violation", "无证经营", "legalBasis", "《无证无照经营查处办法》", "penaltyDecided", false))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("respondent-uscc-required"));
        assertThat(cases.get(unknown).status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void a_case_not_decided_within_7_working_days_raises_acceptance_overdue_once() throws Exception {
        kit.clock().set(at("2026-09-29T02:00:00Z"));
        String late = fileCase(complaint(TestUsccs.valid(COUNTY), COUNTY), consumer("consumer-late"));
        String decided = fileCase(complaint(TestUsccs.valid(COUNTY), COUNTY), consumer("consumer-late"));
        postJson(CASES + "/" + decided + "/decision", Map.of("decision", "ACCEPT"), countyRegulator());
        awaitPublished(late);
        awaitPublished(decided);

        kit.clock().set(at("2026-10-14T02:00:00Z"));
        overdue.run();
        assertThat(cases.get(late).acceptanceOverdueAt()).isNull();

        kit.clock().set(at("2026-10-15T02:00:00Z"));
        overdue.run();
        overdue.run();
        assertThat(cases.get(late).acceptanceOverdueAt()).isEqualTo(at("2026-10-15T02:00:00Z"));
        assertThat(cases.get(decided).acceptanceOverdueAt()).isNull();
        awaitPublished(late);
        assertThat(kit.published(EventCatalog.COMPLAINT_CASE_ACCEPTANCE_OVERDUE, late)).hasSize(1);
        assertThat(kit.published(EventCatalog.COMPLAINT_CASE_ACCEPTANCE_OVERDUE, decided)).isEmpty();
        assertThat(texts(getJson(CASES + "?overdue=true&size=100", countyRegulator()).get("items"), "caseId"))
                .contains(late).doesNotContain(decided);
    }
}
