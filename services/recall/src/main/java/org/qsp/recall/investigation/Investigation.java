package org.qsp.recall.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.recall.RecallInvestigationConcluded;
import org.qsp.contracts.recall.RecallInvestigationOpened;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.outbox.OutboxDocument;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.Evidence;

/**
 * A defect investigation (缺陷调查) of one lead: the producer is notified when it opens and may object with evidence
 * until its objection deadline; the regulator concludes DEFECT_CONFIRMED or NO_DEFECT, and orders a recall when the
 * defect is confirmed or when the producer neither recalled nor objected in time.
 */
@Document(Investigation.COLLECTION)
@CompoundIndex(name = "region_newest_first", def = "{'subject.region': 1, 'openedAt': -1}")
@CompoundIndex(name = "producer_newest_first", def = "{'subject.producer.uscc': 1, 'openedAt': -1}")
public class Investigation extends OutboxDocument {

    public static final String COLLECTION = "investigations";
    public static final String DESCRIPTION = "investigation";

    @Id
    private String id;
    private String leadId;
    private DefectSubject subject;
    private InvestigationStatus status;
    private Instant openedAt;
    private Instant producerNotifiedAt;
    private LocalDate objectionDeadline;
    private Objection objection;
    private Conclusion conclusion;
    private String findings;
    private Instant concludedAt;
    private String recallId;
    private Instant updatedAt;

    private Investigation() {
    }

    /** The producer's objection: what it says, the evidence it names, when. */
    public record Objection(String statement, List<Evidence> evidence, Instant at) {

        public Objection {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Opens the investigation of a lead's subject, which names its producer (as the lead or the regulator names it),
     * and notifies the producer (raises RecallInvestigationOpened).
     */
    public static Investigation open(InvestigationId id, String leadId, DefectSubject subject, Instant at,
            LocalDate objectionDeadline) {
        Investigation i = new Investigation();
        i.id = id.value();
        i.leadId = leadId;
        i.subject = subject;
        i.status = InvestigationStatus.OPEN;
        i.openedAt = at;
        i.producerNotifiedAt = at;
        i.objectionDeadline = objectionDeadline;
        i.updatedAt = at;
        i.raise(new RecallInvestigationOpened(i.id, i.leadId, subject.producer().ref(), subject.product().ref(),
                subject.region(), objectionDeadline, at));
        return i;
    }

    /** The producer objects, up to and including its deadline; the same objection again changes nothing. */
    public void object(Caller caller, String statement, List<Evidence> evidence, Instant at, LocalDate today) {
        if (!isProducer(caller)) {
            throw notFound();
        }
        Objection given = new Objection(statement, evidence, at);
        if (status == InvestigationStatus.OBJECTED && objection.statement().equals(statement)
                && objection.evidence().equals(given.evidence())) {
            return;
        }
        if (status == InvestigationStatus.OPEN && today.isAfter(objectionDeadline)) {
            throw new Rejected("objection-window-closed", "the objection window of investigation " + id
                    + " closed on " + objectionDeadline);
        }
        status = status.to(InvestigationStatus.OBJECTED, id);
        objection = given;
        updatedAt = at;
    }

    /**
     * The regulator concludes: after an objection, or once the window closed without one (the producer keeps its
     * right to object until then). The same conclusion again changes nothing.
     */
    public void conclude(Caller caller, Conclusion found, String text, Instant at, LocalDate today) {
        requireHandler(caller);
        if (status == InvestigationStatus.CONCLUDED && conclusion == found) {
            return;
        }
        requireWindowClosedOrObjected(today);
        status = status.to(InvestigationStatus.CONCLUDED, id);
        conclusion = found;
        findings = text;
        concludedAt = at;
        updatedAt = at;
        raise(concluded());
    }

    /**
     * Whether the regulator may order a recall now: the defect is confirmed, or the producer let its window pass
     * without objecting. Refuses with the reason otherwise.
     */
    public void requireRecallMayBeOrdered(Caller caller, LocalDate today) {
        requireHandler(caller);
        switch (status) {
            case CONCLUDED -> {
                if (conclusion != Conclusion.DEFECT_CONFIRMED) {
                    throw new Rejected("no-defect", "investigation " + id + " found no defect; nothing to recall");
                }
            }
            case OBJECTED -> throw new Rejected("objection-pending", "the producer objected to investigation " + id
                    + "; conclude it first");
            case OPEN -> requireWindowClosedOrObjected(today);
            case RECALL_ORDERED -> {
            }
        }
    }

    /**
     * A recall was ordered: the investigation ends. A defect that stood unobjected is concluded DEFECT_CONFIRMED now
     * (raises RecallInvestigationConcluded). The same recall again changes nothing.
     */
    public void recallOrdered(Caller caller, String recall, Instant at, LocalDate today) {
        if (status == InvestigationStatus.RECALL_ORDERED && recall.equals(recallId)) {
            return;
        }
        requireRecallMayBeOrdered(caller, today);
        if (status == InvestigationStatus.OPEN) {
            conclusion = Conclusion.DEFECT_CONFIRMED;
            findings = "生产者在异议期内未提出异议，也未主动召回";
            concludedAt = at;
            raise(concluded());
        }
        status = status.to(InvestigationStatus.RECALL_ORDERED, id);
        recallId = recall;
        updatedAt = at;
    }

    /** The producer enterprise, or a regulator whose authority covers the investigation's region. */
    public boolean isVisibleTo(Caller caller) {
        return isProducer(caller) || caller.supervises(subject.region());
    }

    public boolean isProducer(Caller caller) {
        return caller.isEnterprise(subject.producer().uscc());
    }

    private RecallInvestigationConcluded concluded() {
        return new RecallInvestigationConcluded(id, leadId, subject.producer().ref(), subject.region(),
                conclusion.name(), objection != null, concludedAt);
    }

    private void requireWindowClosedOrObjected(LocalDate today) {
        if (status == InvestigationStatus.OPEN && !today.isAfter(objectionDeadline)) {
            throw new Rejected("objection-window-open", "the producer may object to investigation " + id + " until "
                    + objectionDeadline);
        }
    }

    private void requireHandler(Caller caller) {
        if (!caller.supervises(subject.region())) {
            throw notFound();
        }
    }

    private NotFound notFound() {
        return new NotFound(DESCRIPTION, id);
    }

    public String id() {
        return id;
    }

    public String leadId() {
        return leadId;
    }

    public DefectSubject subject() {
        return subject;
    }

    public InvestigationStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant producerNotifiedAt() {
        return producerNotifiedAt;
    }

    public LocalDate objectionDeadline() {
        return objectionDeadline;
    }

    public Objection objection() {
        return objection;
    }

    public Conclusion conclusion() {
        return conclusion;
    }

    public String findings() {
        return findings;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    public String recallId() {
        return recallId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
