package org.qsp.monitor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A type the monitor was never told about is linked, placed and summarised by the conventions of the contracts. */
class EventFactsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void an_unknown_type_is_linked_by_its_id_fields_and_placed_by_its_enterprise() {
        ObservedEvent event = event("org.qsp.recheck.visit.scheduled.v1", "RV-1", """
                {"visitId": "RV-1", "taskId": "RT-S-1", "sourceType": "SAMPLE_FAILED", "sourceId": "S-1",
                 "caseIds": ["CC-1", "CC-2"],
                 "enterprise": {"uscc": "91330106MA2B3C4D5D", "name": "杭州示例", "region": "330106"}}""");
        EventFacts facts = EventFacts.of(event);

        assertThat(facts.own()).isEqualTo(new SubjectRef("RV-1", "visit"));
        assertThat(facts.linked()).containsExactly(new SubjectRef("RT-S-1", "task"), new SubjectRef("S-1", "sample"),
                new SubjectRef("CC-1", "case"), new SubjectRef("CC-2", "case"));
        assertThat(facts.uscc()).contains("91330106MA2B3C4D5D");
        assertThat(facts.region()).contains("330106");
    }

    @Test
    void a_referral_is_placed_in_the_region_it_is_addressed_to_and_leaves_the_enterprise_s_own_region_alone() {
        ObservedEvent event = event("org.qsp.rectification.task.referred.v1", "RT-S-1", """
                {"taskId": "RT-S-1", "uscc": "91320100MA2B3C4D5D", "enterpriseName": "南京示例",
                 "fromRegion": "330106", "toRegion": "320100", "reason": "RECHECK_FAILED",
                 "referredAt": "2026-05-06T02:00:00Z"}""");
        EventFacts facts = EventFacts.of(event);

        assertThat(facts.own()).isEqualTo(new SubjectRef("RT-S-1", "task"));
        assertThat(facts.region()).contains("320100");
        assertThat(facts.homeRegion()).isEmpty();
    }

    @Test
    void a_subject_that_is_the_stem_of_a_named_id_is_of_that_id_s_kind() {
        ObservedEvent event = event("org.qsp.complaint.cluster.detected.v1", "CL-RESPONDENT-330106-food-X", """
                {"clusterId": "CL-RESPONDENT-330106-food-X-20260301", "caseIds": ["CC-1"], "region": "330106"}""");
        assertThat(EventFacts.of(event).own()).isEqualTo(new SubjectRef("CL-RESPONDENT-330106-food-X", "cluster"));
    }

    @Test
    void an_event_naming_only_its_enterprise_is_the_enterprise_s_and_takes_the_region_of_its_uscc() {
        ObservedEvent event = event("org.qsp.credit.class.changed.v1", "91330106MA2B3C4D5D", """
                {"uscc": "91330106MA2B3C4D5D", "previousClass": "B", "currentClass": "D", "score": 40}""");
        EventFacts facts = EventFacts.of(event);

        assertThat(facts.own().kind()).isEqualTo(SubjectRef.ENTERPRISE);
        assertThat(facts.region()).isEmpty();
        assertThat(EventFacts.regionOfUscc("91330106MA2B3C4D5D")).contains("330106");
    }

    @Test
    void no_complainant_or_reporter_data_reaches_a_summary_templated_or_generic() {
        JsonNode payload = JSON.readTree("""
                {"caseId": "CC-9", "complainant": {"name": "张三", "phone": "13900001111", "idNumber": "330106199001011234"},
                 "reporterName": "李四", "address": "杭州市西湖区某路 1 号", "contactPhone": "0571-88886666",
                 "category": "food", "respondent": {"uscc": "91330106MA2B3C4D5D", "name": "杭州示例"}}""");
        Summaries summaries = new Summaries(Map.of("org.qsp.complaint.case.templated.v1",
                "投诉 {caseId}：{complainant.name} {complainant.phone} {reporterName} {address} 对 {respondent.name}"));

        String templated = summaries.of("org.qsp.complaint.case.templated.v1", payload);
        String generic = summaries.of("org.qsp.complaint.case.unknown.v1", payload);

        for (String summary : new String[] {templated, generic}) {
            assertThat(summary).doesNotContain("张三", "13900001111", "330106199001011234", "李四", "某路",
                    "88886666");
        }
        assertThat(templated).contains("CC-9", "杭州示例");
        assertThat(generic).contains("complaint.case.unknown", "CC-9");
    }

    private static ObservedEvent event(String type, String subject, String payload) {
        return new ObservedEvent("/qsp/x/1", "1", type, Instant.parse("2026-11-25T02:00:00Z"), "x", subject, null,
                JSON.readTree(payload));
    }
}
