package org.qsp.recall.investigation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.InvalidField;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.recall.defect.DefectSubject;
import org.qsp.recall.defect.Evidence;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.RecallDeadlines;
import org.qsp.recall.lead.DefectLead;
import org.qsp.recall.lead.LeadId;
import org.qsp.recall.lead.LeadService;

/**
 * The use cases of a defect investigation: open one on a lead (once per lead), the producer's objection, the
 * regulator's conclusion; and who sees which investigations.
 */
@Service
public class InvestigationService {

    private final AggregateStore<Investigation> investigations;
    private final AggregateStore<DefectLead> leads;
    private final LeadService leadService;
    private final InvestigationSearch search;
    private final RecallDeadlines deadlines;
    private final Clock clock;

    public InvestigationService(AggregateStore<Investigation> investigations, AggregateStore<DefectLead> leads,
            LeadService leadService, InvestigationSearch search, RecallDeadlines deadlines, Clock clock) {
        this.investigations = investigations;
        this.leads = leads;
        this.leadService = leadService;
        this.search = search;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Opens the investigation of a lead of the regulator's region and notifies its producer. A lead that names no
     * producer (a cluster about a product) needs the regulator to name it; one that does may not be given another.
     * The lead turns INVESTIGATING first, then the investigation is inserted unless it exists (its id derives from
     * the lead): a retry after a crash between the two completes the second.
     */
    public Investigation open(Caller caller, LeadId leadId, Producer named) {
        DefectLead lead = leadService.visibleTo(caller, leadId);
        Producer producer = producerOf(lead.subject(), lead.id(), named);
        InvestigationId id = InvestigationId.forLead(lead.id());
        Instant now = clock.instant();
        leads.update(lead.id(), l -> l.investigate(caller, id.value(), now));
        return investigations.insertIfAbsent(Investigation.open(id, lead.id(), lead.subject().of(producer), now,
                deadlines.objection(now))).aggregate();
    }

    public Investigation object(InvestigationId id, Caller caller, String statement, List<Evidence> evidence) {
        Instant now = clock.instant();
        return investigations.update(id.value(), i -> i.object(caller, statement, evidence, now,
                deadlines.today(now)));
    }

    public Investigation conclude(InvestigationId id, Caller caller, Conclusion conclusion, String findings) {
        Instant now = clock.instant();
        return investigations.update(id.value(), i -> i.conclude(caller, conclusion, findings, now,
                deadlines.today(now)));
    }

    public Investigation visibleTo(Caller caller, InvestigationId id) {
        return investigations.find(id.value()).filter(i -> i.isVisibleTo(caller))
                .orElseThrow(() -> new NotFound(Investigation.DESCRIPTION, id.value()));
    }

    /** A producer's own investigations, or those of a regulator's area (narrowed to {@code region}). */
    public Page<Investigation> visibleTo(Caller caller, String region, InvestigationStatus status, int page,
            int size) {
        if (caller.has(Role.ENTERPRISE)) {
            return search.find(new InvestigationSearch.Filter(null, caller.requireUscc(), status), page, size);
        }
        return caller.supervisedPrefixWithin(region)
                .map(prefix -> search.find(new InvestigationSearch.Filter(prefix, null, status), page, size))
                .orElseGet(() -> Page.empty(page, size));
    }

    private static Producer producerOf(DefectSubject subject, String leadId, Producer named) {
        Producer known = subject.producer();
        if (known == null && named == null) {
            throw new InvalidField("producer-required", "producer",
                    "lead " + leadId + " names no producer: name the enterprise to investigate");
        }
        if (known != null && named != null && !named.equals(known)) {
            throw new InvalidField("producer-not-allowed", "producer",
                    "lead " + leadId + " names its producer (" + known.uscc() + ")");
        }
        return known != null ? known : named;
    }
}
