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
import org.qsp.recall.defect.DefectSubject;

/**
 * A defect lead (缺陷线索): what suggests that a product may be defective, where it came from, and what the regulator
 * of its region did with it (dismissed it with a reason, or opened an investigation). Each change and the event it
 * raises are one document write.
 */
@Document(DefectLead.COLLECTION)
@CompoundIndex(name = "region_newest_first", def = "{'subject.region': 1, 'openedAt': -1}")
@CompoundIndex(name = "producer_newest_first", def = "{'subject.producer.uscc': 1, 'openedAt': -1}")
public class DefectLead extends OutboxDocument {

    public static final String COLLECTION = "leads";
    public static final String DESCRIPTION = "defect lead";

    @Id
    private String id;
    private LeadSource source;
    private DefectSubject subject;
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

    /** What a source says (the subject of the lead), and references to the evidence. */
    public record Facts(DefectSubject subject, List<String> evidence) {

        public Facts {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** Opens the lead (raises RecallLeadOpened). */
    public static DefectLead open(LeadId id, LeadSource source, Facts facts, Instant at) {
        DefectLead lead = new DefectLead();
        lead.id = id.value();
        lead.source = source.type() == LeadSource.Type.MANUAL ? new LeadSource(source.type(), id.value()) : source;
        lead.subject = facts.subject();
        lead.evidence = new ArrayList<>(facts.evidence());
        lead.status = LeadStatus.OPEN;
        lead.openedAt = at;
        lead.updatedAt = at;
        DefectSubject s = lead.subject;
        lead.raise(new RecallLeadOpened(lead.id, lead.source.type().name(), lead.source.id(),
                s.producer() == null ? null : s.producer().ref(), s.product().asGiven(),
                s.productType() == null ? null : s.productType().name(), s.region(), s.hazard(), at));
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
        return caller.supervises(subject.region());
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

    public DefectSubject subject() {
        return subject;
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
