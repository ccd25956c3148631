package org.qsp.complaint.cluster;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.qsp.complaint.ComplaintProperties;
import org.qsp.complaint.category.Categories;
import org.qsp.contracts.complaint.ComplaintCaseReceived;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.platform.store.AggregateStore;

/**
 * Counts each received complaint towards the clusters of its respondent (by USCC) and of its product (by brand and
 * model), per region of the respondent and category. Fed by the service's own {@code complaint.case.received} events,
 * so a complaint is counted even when the service stopped right after filing it. The report twin of a submission that
 * was both is not counted again.
 */
@Service
public class ClusterDetection {

    private final AggregateStore<ClusterTracker> trackers;
    private final ComplaintProperties.Cluster rules;
    private final Clock clock;

    public ClusterDetection(AggregateStore<ClusterTracker> trackers, ComplaintProperties properties, Clock clock) {
        this.trackers = trackers;
        this.rules = properties.cluster();
        this.clock = clock;
    }

    public void count(ComplaintCaseReceived received) {
        if ("REPORT".equals(received.kind()) && received.linkedCaseId() != null) {
            return;
        }
        String region = received.respondent().region();
        ClusterTracker.Member member = new ClusterTracker.Member(received.caseId(), received.receivedAt(),
                received.respondent(), received.product());
        if (received.respondent().uscc() != null) {
            count(ClusterTracker.Basis.RESPONDENT, region, received.category(), received.respondent().uscc(), member);
        }
        ProductMention product = received.product();
        if (product != null && product.brand() != null && product.model() != null) {
            count(ClusterTracker.Basis.PRODUCT, region, received.category(),
                    product.brand().strip() + "\n" + product.model().strip(), member);
        }
    }

    private void count(ClusterTracker.Basis basis, String region, String category, String subject,
            ClusterTracker.Member member) {
        String id = ClusterTracker.idOf(basis, region, category, subject);
        boolean safety = Categories.find(category).map(c -> c.safetyRelated()).orElse(false);
        trackers.upsert(id, () -> ClusterTracker.start(id, basis, region, category, safety),
                tracker -> tracker.count(member, rules.threshold(), rules.window(), clock.instant()));
    }
}
