package org.qsp.recall.lead.web;

import java.time.Instant;
import java.util.List;

import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.lead.LeadSource;
import org.qsp.recall.lead.LeadStatus;

/** A lead as the regulators of its region see it; {@code sourceId} is the sample id or the cluster id. */
record LeadView(String leadId, LeadSource.Type sourceType, String sourceId, String uscc, LeadStatus status,
        Producer producer, Product product, ProductType productType, String region, String hazard,
        List<String> evidence, Instant openedAt, String investigationId, DefectLead.Dismissal dismissal,
        Instant updatedAt) {

    static LeadView of(DefectLead lead) {
        var s = lead.subject();
        return new LeadView(lead.id(), lead.source().type(), lead.source().id(),
                s.producer() == null ? null : s.producer().uscc(), lead.status(), s.producer(), s.product(),
                s.productType(), s.region(), s.hazard(), lead.evidence(), lead.openedAt(), lead.investigationId(),
                lead.dismissal(), lead.updatedAt());
    }
}
