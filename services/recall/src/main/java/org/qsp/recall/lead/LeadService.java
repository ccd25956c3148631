package org.qsp.recall.lead;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.inspection.SampleFailed;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Conflict;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.ids.DerivedIds;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;

/**
 * Opens leads: one per failed sample with a safety-related item, one per safety-related complaint cluster, one per
 * regulator's entry; and lets the regulator of a lead's region list and dismiss them. Each lead's id derives from its
 * source, so an event delivered twice, or replayed, opens one lead.
 */
@Service
public class LeadService {

    private final AggregateStore<DefectLead> leads;
    private final LeadSearch search;
    private final Clock clock;

    public LeadService(AggregateStore<DefectLead> leads, LeadSearch search, Clock clock) {
        this.leads = leads;
        this.search = search;
        this.clock = clock;
    }

    /** @return whether a lead was opened now (none for a failure without a safety-related item, or a second time) */
    public boolean openFor(SampleFailed failed) {
        List<SampleFailed.FailedItem> hazards = failed.failedItems().stream()
                .filter(SampleFailed.FailedItem::safetyRelated).toList();
        if (hazards.isEmpty()) {
            return false;
        }
        String found = hazards.stream().map(i -> i.item() + " " + i.measured() + " " + i.unit() + "（限量 " + i.limit()
                + "）").collect(Collectors.joining("；"));
        var enterprise = failed.enterprise();
        var product = failed.product();
        DefectLead.Facts facts = new DefectLead.Facts(new DefectSubject(
                new Producer(enterprise.uscc(), enterprise.name(), enterprise.region()),
                new Product(product.name(), product.brand(), product.model(), product.batch()), null,
                enterprise.region(), "抽检不合格（涉及安全项目）：" + found), List.of("sample:" + failed.sampleId()));
        return open(new LeadSource(LeadSource.Type.SAMPLE_FAILED, failed.sampleId()), facts);
    }

    /** @return whether a lead was opened now (none for a cluster outside the safety-related categories) */
    public boolean openFor(ComplaintClusterDetected cluster) {
        if (!cluster.safetyRelated()) {
            return false;
        }
        var respondent = cluster.respondent();
        Producer producer = respondent == null || respondent.uscc() == null ? null
                : new Producer(respondent.uscc(), respondent.name(), respondent.region());
        var mention = cluster.product();
        Product product = mention == null ? new Product(null, null, null, null)
                : new Product(mention.name(), mention.brand(), mention.model(), null);
        ProductType type = "food".equals(cluster.category()) ? ProductType.FOOD : ProductType.CONSUMER_PRODUCT;
        String hazard = cluster.caseIds().size() + " 起投诉指向同一" + ("PRODUCT".equals(cluster.basis()) ? "产品" : "经营者")
                + "（类别 " + cluster.category() + "，" + cluster.windowStart() + " 起）";
        DefectLead.Facts facts = new DefectLead.Facts(new DefectSubject(producer, product, type, cluster.region(),
                hazard), cluster.caseIds().stream().map(c -> "complaint:" + c).toList());
        return open(new LeadSource(LeadSource.Type.COMPLAINT_CLUSTER, cluster.clusterId()), facts);
    }

    /**
     * A regulator's own lead in its area. The id derives from the regulator and the Idempotency-Key: a retry answers
     * the lead it opened; the same key with other facts is a 409.
     */
    public DefectLead enter(Caller caller, String idempotencyKey, DefectLead.Facts facts) {
        String region = facts.subject().region();
        if (!caller.supervises(region)) {
            throw new Forbidden("region-not-supervised", "region " + region + " is outside your authority");
        }
        LeadId id = LeadId.forEntry(caller.subject(), idempotencyKey);
        String fingerprint = DerivedIds.fingerprint(facts.toString());
        Optional<DefectLead> existing = leads.find(id.value());
        DefectLead stored = existing.orElseGet(() -> leads.insertIfAbsent(
                DefectLead.enter(id, facts, caller.subject(), fingerprint, clock.instant())).aggregate());
        if (!fingerprint.equals(stored.fingerprint())) {
            throw new Conflict("idempotency-key-reused",
                    "this Idempotency-Key was used for another lead (" + id + "); use a new key");
        }
        return stored;
    }

    public DefectLead dismiss(LeadId id, Caller caller, String reason) {
        return leads.update(id.value(), lead -> lead.dismiss(caller, reason, clock.instant()));
    }

    /** Leads of the regulator's area, narrowed to {@code region} (a filter never widens it). */
    public Page<DefectLead> supervisedBy(Caller caller, String region, String uscc, LeadStatus status, int page,
            int size) {
        return caller.supervisedPrefixWithin(region)
                .map(prefix -> search.find(new LeadSearch.Filter(prefix, uscc, status), page, size))
                .orElseGet(() -> Page.empty(page, size));
    }

    public DefectLead visibleTo(Caller caller, LeadId id) {
        return leads.find(id.value()).filter(l -> l.isVisibleTo(caller))
                .orElseThrow(() -> new org.qsp.platform.errors.NotFound(DefectLead.DESCRIPTION, id.value()));
    }

    private boolean open(LeadSource source, DefectLead.Facts facts) {
        LeadId id = LeadId.forSource(source.type(), source.id());
        return leads.insertIfAbsent(DefectLead.open(id, source, facts, clock.instant())).changed();
    }
}
