package org.qsp.recall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qsp.contracts.ContractFixtures;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.contracts.recall.RecallLeadOpened;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.lead.LeadId;
import org.qsp.recall.lead.LeadSource;
import org.qsp.recall.lead.LeadStatus;
import tools.jackson.databind.JsonNode;

/** Leads open from safety-related failed samples and complaint clusters, once per source, and from regulators. */
class LeadIntakeTest extends RecallIntegrationTest {

    @Test
    void a_safety_related_failed_sample_opens_one_lead_even_delivered_twice_and_published_again() {
        String uscc = TestUsccs.valid(COUNTY);
        String sampleId = UUID.randomUUID().toString();
        var failed = failedSample(sampleId, uscc, true);
        String eventId = UUID.randomUUID().toString();

        RecordMetadata first = kit.send(TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleId, failed, eventId));
        RecordMetadata again = kit.send(TestEvents.record(EventCatalog.SAMPLE_FAILED, sampleId, failed, eventId));
        RecordMetadata republished = kit.publish(EventCatalog.SAMPLE_FAILED, sampleId, failed);
        kit.awaitConsumed(first, again, republished);

        String leadId = LeadId.forSource(LeadSource.Type.SAMPLE_FAILED, sampleId).value();
        DefectLead lead = awaitPublished(DefectLead.class, leadId);
        assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(lead.subject().producer().uscc()).isEqualTo(uscc);
        assertThat(lead.subject().region()).isEqualTo(COUNTY);
        assertThat(lead.subject().hazard()).contains("菌落总数", "350000");
        assertThat(leadsOf(uscc)).singleElement().extracting(DefectLead::id).isEqualTo(leadId);
        var opened = kit.published(EventCatalog.RECALL_LEAD_OPENED, leadId);
        assertThat(opened).hasSize(1);
        RecallLeadOpened event = kit.recorder().payload(opened.getFirst(), EventCatalog.RECALL_LEAD_OPENED);
        assertThat(event.sourceType()).isEqualTo("SAMPLE_FAILED");
        assertThat(event.sourceId()).isEqualTo(sampleId);
    }

    @Test
    void a_failure_without_a_safety_related_item_and_a_cluster_outside_the_safety_categories_open_nothing() {
        String uscc = TestUsccs.valid(COUNTY);
        String sampleId = UUID.randomUUID().toString();
        ComplaintClusterDetected safe = cluster(uscc, false);

        kit.awaitConsumed(kit.publish(EventCatalog.SAMPLE_FAILED, sampleId, failedSample(sampleId, uscc, false)),
                kit.publish(EventCatalog.COMPLAINT_CLUSTER_DETECTED, "CL-x", safe));
        kit.awaitConsumerCaughtUp();

        assertThat(leadsOf(uscc)).isEmpty();
    }

    @Test
    void a_safety_related_cluster_opens_a_lead_naming_its_respondent_and_one_about_a_product_names_no_producer() {
        String uscc = TestUsccs.valid(COUNTY);
        ComplaintClusterDetected respondent = cluster(uscc, true);
        ComplaintClusterDetected product = new ComplaintClusterDetected("CL-PRODUCT-330106-appliance-"
                + UUID.randomUUID().toString().substring(0, 8) + "-20261101", "PRODUCT", COUNTY, "appliance", true,
                null, new ProductMention(null, "暖家", "NJ-1800"), List.of("CC-1", "CC-2", "CC-3", "CC-4", "CC-5"), 5,
                ContractFixtures.AT, ContractFixtures.AT.plusSeconds(86_400L * 30), ContractFixtures.AT);

        kit.awaitConsumed(kit.publish(EventCatalog.COMPLAINT_CLUSTER_DETECTED, "CL-r", respondent),
                kit.publish(EventCatalog.COMPLAINT_CLUSTER_DETECTED, "CL-p", product));

        DefectLead ofRespondent = awaitPublished(DefectLead.class,
                LeadId.forSource(LeadSource.Type.COMPLAINT_CLUSTER, respondent.clusterId()).value());
        assertThat(ofRespondent.subject().producer().uscc()).isEqualTo(uscc);
        assertThat(ofRespondent.evidence()).contains("complaint:CC-1");
        DefectLead ofProduct = awaitPublished(DefectLead.class,
                LeadId.forSource(LeadSource.Type.COMPLAINT_CLUSTER, product.clusterId()).value());
        assertThat(ofProduct.subject().producer()).isNull();
        assertThat(ofProduct.subject().product().title()).isEqualTo("暖家 NJ-1800");
    }

    @Test
    void the_regulator_lists_the_leads_of_its_region_by_producer_and_status_with_their_source() throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String open = leadFor(uscc);
        String dismissed = leadFor(uscc);
        awaitPublished(DefectLead.class, open);
        awaitPublished(DefectLead.class, dismissed);
        postJson(LEADS + "/" + dismissed + "/dismissal", Map.of("reason", "同批次已由生产者主动召回"), regulator());

        JsonNode all = getJson(LEADS + "?uscc=" + uscc, regulator());
        assertThat(texts(all.get("items"), "leadId")).containsExactlyInAnyOrder(open, dismissed);
        JsonNode item = all.get("items").valueStream().filter(i -> i.get("leadId").asString().equals(open))
                .findFirst().orElseThrow();
        assertThat(item.get("sourceType").asString()).isEqualTo("SAMPLE_FAILED");
        assertThat(item.get("sourceId").asString()).isNotBlank();
        assertThat(item.get("uscc").asString()).isEqualTo(uscc);
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        assertThat(texts(getJson(LEADS + "?uscc=" + uscc + "&status=OPEN", regulator()).get("items"), "leadId"))
                .containsExactly(open);
        JsonNode gone = getJson(LEADS + "/" + dismissed, regulator());
        assertThat(gone.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(gone.get("dismissal").get("reason").asString()).isEqualTo("同批次已由生产者主动召回");
    }

    @Test
    void a_regulators_own_lead_is_opened_once_per_idempotency_key_and_another_lead_under_the_key_is_refused()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        String key = UUID.randomUUID().toString();
        Map<String, Object> entry = Map.of("region", COUNTY,
                "producer", Map.of("uscc", uscc, "name", "杭州示例电器有限公司", "region", COUNTY),
                "product", Map.of("name", "电热水壶", "brand", "暖家", "model", "NJ-1800"), "productType",
                "CONSUMER_PRODUCT", "hazard", "多起用户反映底座漏电", "evidence", List.of("injury:2026-11-03"));

        JsonNode first = send(post(LEADS).header("Idempotency-Key", key), entry, regulator(), 201);
        JsonNode again = send(post(LEADS).header("Idempotency-Key", key), entry, regulator(), 201);
        send(post(LEADS).header("Idempotency-Key", key), with(entry, "hazard", "别的"), regulator(), 409);

        assertThat(again.get("leadId").asString()).isEqualTo(first.get("leadId").asString());
        assertThat(first.get("sourceType").asString()).isEqualTo("MANUAL");
        assertThat(first.get("sourceId").asString()).isEqualTo(first.get("leadId").asString());
        assertThat(leadsOf(uscc)).hasSize(1);
        awaitPublished(DefectLead.class, first.get("leadId").asString());
        assertThat(kit.published(EventCatalog.RECALL_LEAD_OPENED, first.get("leadId").asString())).hasSize(1);
    }

    private List<DefectLead> leadsOf(String uscc) {
        return mongo.find(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("subject.producer.uscc").is(uscc)),
                DefectLead.class);
    }

    private static ComplaintClusterDetected cluster(String uscc, boolean safetyRelated) {
        ComplaintClusterDetected fixture = ContractFixtures.clusterDetected(uscc);
        return new ComplaintClusterDetected(fixture.clusterId() + UUID.randomUUID().toString().substring(0, 4),
                fixture.basis(), fixture.region(), safetyRelated ? "food" : "service", safetyRelated,
                fixture.respondent(), fixture.product(), fixture.caseIds(), fixture.threshold(), fixture.windowStart(),
                fixture.windowEnd(), fixture.detectedAt());
    }
}
