package org.qsp.complaint.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.contracts.complaint.Respondent;

class ClusterTrackerTest {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Respondent RESPONDENT = new Respondent("91330100MA27XY012B", "杭州示例食品有限公司", "330106");
    private static final ProductMention PRODUCT = new ProductMention("速冻水饺", "好味", "500g/袋");

    private final ClusterTracker tracker = ClusterTracker.start(
            ClusterTracker.idOf(ClusterTracker.Basis.RESPONDENT, "330106", "food", RESPONDENT.uscc()),
            ClusterTracker.Basis.RESPONDENT, "330106", "food", true);

    @Test
    void the_fifth_complaint_within_30_days_raises_the_cluster_once_and_later_ones_join_it_silently() {
        for (int i = 1; i <= 4; i++) {
            count("CC-" + i, T0.plus(Duration.ofDays(i)));
        }
        assertThat(tracker.raisedEvents()).isEmpty();

        count("CC-5", T0.plus(Duration.ofDays(5)));
        count("CC-5", T0.plus(Duration.ofDays(5)));
        count("CC-6", T0.plus(Duration.ofDays(6)));

        assertThat(tracker.raisedEvents()).hasSize(1);
        ComplaintClusterDetected detected = (ComplaintClusterDetected) tracker.raisedEvents().getFirst();
        assertThat(detected.caseIds()).containsExactly("CC-1", "CC-2", "CC-3", "CC-4", "CC-5");
        assertThat(detected.windowStart()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(detected.windowEnd()).isEqualTo(T0.plus(Duration.ofDays(31)));
        assertThat(detected.clusterId()).isEqualTo(tracker.id() + "-20260303");
        assertThat(detected.respondent()).isEqualTo(RESPONDENT);
        assertThat(detected.product()).isEqualTo(PRODUCT);
        assertThat(detected.safetyRelated()).isTrue();
    }

    @Test
    void complaints_spread_over_more_than_the_window_make_no_cluster() {
        for (int i = 0; i < 8; i++) {
            count("CC-" + i, T0.plus(Duration.ofDays(10L * i)));
        }
        assertThat(tracker.raisedEvents()).isEmpty();
        assertThat(tracker.members()).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void after_a_window_ends_five_new_complaints_make_the_next_cluster() {
        for (int i = 0; i < 5; i++) {
            count("CC-A" + i, T0.plus(Duration.ofHours(i)));
        }
        for (int i = 0; i < 5; i++) {
            count("CC-B" + i, T0.plus(Duration.ofDays(31 + i)));
        }
        List<Object> raised = tracker.raisedEvents();
        assertThat(raised).hasSize(2);
        assertThat(((ComplaintClusterDetected) raised.get(1)).caseIds()).allMatch(id -> id.startsWith("CC-B"));
        assertThat(((ComplaintClusterDetected) raised.get(1)).clusterId())
                .isNotEqualTo(((ComplaintClusterDetected) raised.get(0)).clusterId());
    }

    @Test
    void a_late_complaint_received_before_the_end_of_a_detected_window_starts_nothing() {
        for (int i = 0; i < 5; i++) {
            count("CC-" + i, T0.plus(Duration.ofDays(i)));
        }
        for (int i = 0; i < 5; i++) {
            count("CC-L" + i, T0.plus(Duration.ofDays(10 + i)));
        }
        assertThat(tracker.raisedEvents()).hasSize(1);
    }

    private void count(String caseId, Instant at) {
        tracker.count(new ClusterTracker.Member(caseId, at, RESPONDENT, PRODUCT), 5, WINDOW, at);
    }
}
