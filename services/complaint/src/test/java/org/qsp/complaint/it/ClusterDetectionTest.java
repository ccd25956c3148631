package org.qsp.complaint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.qsp.complaint.cluster.ClusterTracker;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.platform.test.TestEvents;
import org.qsp.platform.test.TestUsccs;

/** Clusters are detected from the service's own received events, once per cluster and window. */
class ClusterDetectionTest extends ComplaintIntegrationTest {

    @Test
    void six_complaints_against_one_business_in_a_month_raise_one_cluster_even_filed_at_once_and_redelivered()
            throws Exception {
        String uscc = TestUsccs.valid(COUNTY);
        kit.clock().set(at("2026-11-20T02:00:00Z"));
        List<Callable<String>> filings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            filings.add(() -> fileCase(with(complaint(uscc, COUNTY), "receivedAt",
                    Instant.parse("2026-11-20T02:00:00Z").minus(Duration.ofDays(n)).toString()),
                    consumer("consumer-cluster-" + n)));
        }
        List<String> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (var filed : pool.invokeAll(filings)) {
                ids.add(filed.get());
            }
        }
        ids.forEach(this::awaitPublished);
        // a redelivery of one received event (the relay may publish twice) counts nothing again
        ConsumerRecord<String, String> first = kit.published(EventCatalog.COMPLAINT_CASE_RECEIVED, ids.getFirst())
                .getFirst();
        kit.send(TestEvents.record(EventCatalog.COMPLAINT_CASE_RECEIVED, first.key(),
                kit.recorder().payload(first, EventCatalog.COMPLAINT_CASE_RECEIVED),
                org.qsp.platform.test.TopicRecorder.header(first, "ce_id")));
        kit.awaitConsumerCaughtUp();

        ComplaintClusterDetected cluster = theOnlyCluster(
                ClusterTracker.idOf(ClusterTracker.Basis.RESPONDENT, COUNTY, "food", uscc));
        assertThat(cluster.basis()).isEqualTo("RESPONDENT");
        assertThat(cluster.region()).isEqualTo(COUNTY);
        assertThat(cluster.category()).isEqualTo("food");
        assertThat(cluster.safetyRelated()).isTrue();
        assertThat(cluster.respondent().uscc()).isEqualTo(uscc);
        assertThat(cluster.caseIds()).hasSize(5).isSubsetOf(ids);
        assertThat(cluster.windowEnd()).isEqualTo(cluster.windowStart().plus(Duration.ofDays(30)));
        assertThat(JSON.writeValueAsString(cluster)).doesNotContain("张三", "13800138000");
    }

    @Test
    void complaints_about_one_product_from_different_businesses_make_a_product_cluster() throws Exception {
        Map<String, Object> attributes = Map.of("product_name", "电热水壶", "brand", "暖家", "model", "NJ-1800",
                "purchase_date", "2026-11-01");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = with(with(complaint(TestUsccs.valid(COUNTY), COUNTY), "category", "appliance"),
                    "attributes", attributes);
            ids.add(fileCase(body, consumer("consumer-product-" + i)));
        }
        ids.forEach(this::awaitPublished);
        ComplaintClusterDetected cluster = theOnlyCluster(
                ClusterTracker.idOf(ClusterTracker.Basis.PRODUCT, COUNTY, "appliance", "暖家\nNJ-1800"));
        assertThat(cluster.respondent()).isNull();
        assertThat(cluster.product().brand()).isEqualTo("暖家");
        assertThat(cluster.product().model()).isEqualTo("NJ-1800");
        assertThat(cluster.caseIds()).containsExactlyInAnyOrderElementsOf(ids);
    }

    /** The one cluster its tracker raised, once the tracker detected it and the consumer caught up with everything. */
    private ComplaintClusterDetected theOnlyCluster(String trackerId) {
        awaitTracker(trackerId);
        kit.awaitConsumerCaughtUp();
        var clusters = kit.published(EventCatalog.COMPLAINT_CLUSTER_DETECTED, trackerId);
        assertThat(clusters).hasSize(1);
        return kit.recorder().payload(clusters.getFirst(), EventCatalog.COMPLAINT_CLUSTER_DETECTED);
    }

    private void awaitTracker(String id) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> mongo.findById(id, ClusterTracker.class),
                t -> t != null && t.lastWindow() != null && t.getOutbox().isEmpty() && t.getOutboxLease() == null);
    }
}
