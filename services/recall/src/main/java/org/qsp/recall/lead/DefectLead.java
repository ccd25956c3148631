package org.qsp.recall.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.recall.RecallLeadOpened;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;

/**
 * A defect lead (缺陷线索): what suggests that a product may be defective, where it came from, and what the regulator
 * of its region did with it (dismissed it with a reason, or opened an investigation). Each change and the event it
 * raises are one document write.
 */
@Document(DefectLead.COLLECTION)
@CompoundIndex(name = "region_newest_first", def = "{'region': 1, 'openedAt': -1}")
@CompoundIndex(name = "producer_newest_first", def = "{'producer.uscc': 1, 'openedAt': -1}")
public class DefectLead extends OutboxDocument {

    public static final String COLLECTION = "leads";
    public static final String DESCRIPTION = "defect lead";

    @Id
    private String id;
    private LeadSource source;
    private Producer producer;
    private Product product;
    private ProductType productType;
    private String region;
    private String hazard;
    private List<String> evidence = new ArrayList<>();
    private LeadStatus status;
    private Instant openedAt;
    private String enteredBy;
    private String fingerprint;
    private Dismissal dismissal;
    private String investigationId;
    private Instant updatedAt;

    private DefectLead() {
    }

    /** Why a regulator dismissed the lead, and when. */
    public record Dismissal(String reason, Instant at) {
    }

    /**
     * What a source says: the producer when it names one (null for a cluster about a product), the product, its type
     * when known, the region of the authority that handles it, what was found, and references to the evidence.
     */
    public record Facts(Producer producer, Product product, ProductType productType, String region, String hazard,
            List<String> evidence) {

        public Facts {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** Opens the lead (raises RecallLeadOpened). */
    public static DefectLead open(LeadId id, LeadSource source, Facts facts, Instant at) {
        DefectLead lead = new DefectLead();
        lead.id = id.value();
        lead.source = source.type() == LeadSource.Type.MANUAL ? new LeadSource(source.type(), id.value()) : source;
        lead.producer = facts.producer();
        lead.product = facts.product();
        lead.productType = facts.productType();
        lead.region = facts.region();
        lead.hazard = facts.hazard();
        lead.evidence = new ArrayList<>(facts.evidence());
        lead.status = LeadStatus.OPEN;
        lead.openedAt = at;
        lead.updatedAt = at;
        lead.raise(new RecallLeadOpened(lead.id, lead.source.type().name(), lead.source.id(),
                lead.producer == null ? null : lead.producer.ref(), lead.product.asGiven(),
                lead.productType == null ? null : lead.productType.name(), lead.region, lead.hazard, at));
        return lead;
    }

    /** A regulator's own lead, kept with who entered it and the fingerprint of the entry (a retry must match). */
    public static DefectLead enter(LeadId id, Facts facts, String regulator, String fingerprint, Instant at) {
        DefectLead lead = open(id, new LeadSource(LeadSource.Type.MANUAL, id.value()), facts, at);
        lead.enteredBy = regulator;
        lead.fingerprint = fingerprint;
        return lead;
    }

    /** The regulator of its region dismisses the lead; the same dismissal again changes nothing. */
    public void dismiss(Caller caller, String reason, Instant at) {
        requireHandler(caller);
        if (status == LeadStatus.DISMISSED && dismissal.reason().equals(reason)) {
            return;
        }
        status = status.to(LeadStatus.DISMISSED, id);
        dismissal = new Dismissal(reason, at);
        updatedAt = at;
    }

    /** The regulator of its region opens an investigation on it; again for the same investigation changes nothing. */
    public void investigate(Caller caller, String investigation, Instant at) {
        requireHandler(caller);
        if (status == LeadStatus.INVESTIGATING && investigation.equals(investigationId)) {
            return;
        }
        status = status.to(LeadStatus.INVESTIGATING, id);
        investigationId = investigation;
        updatedAt = at;
    }

    /** A regulator whose authority covers the lead's region. */
    public boolean isVisibleTo(Caller caller) {
        return caller.supervises(region);
    }

    private void requireHandler(Caller caller) {
        if (!isVisibleTo(caller)) {
            throw new NotFound(DESCRIPTION, id);
        }
    }

    public String id() {
        return id;
    }

    public LeadSource source() {
        return source;
    }

    public Producer producer() {
        return producer;
    }

    public Product product() {
        return product;
    }

    public ProductType productType() {
        return productType;
    }

    public String region() {
        return region;
    }

    public String hazard() {
        return hazard;
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public LeadStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Dismissal dismissal() {
        return dismissal;
    }

    public String investigationId() {
        return investigationId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
