package org.qsp.complaint.cases;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;

/**
 * Who sees which cases: a consumer the cases it filed, an enterprise the cases against it, a regulator those its
 * authority covers (national all). A case the caller may not see does not exist for it (404).
 */
@Service
public class CaseQueries {

    private final AggregateStore<ComplaintCase> cases;
    private final CaseSearch search;

    public CaseQueries(AggregateStore<ComplaintCase> cases, CaseSearch search) {
        this.cases = cases;
        this.search = search;
    }

    public Page<ComplaintCase> filedBy(Caller caller, int page, int size) {
        return search.find(new CaseSearch.Filter(null, null, caller.subject(), null, null, null), page, size);
    }

    /**
     * The complaints against the caller's enterprise. Reports are not listed: beside a complaint whose complainant's
     * contact it may see, a report filed at the same time would tell the business who reported it. It learns of a
     * decided report from the authority (a rectification notice names the case) and may read its outcome by id.
     */
    public Page<ComplaintCase> against(Caller caller, int page, int size) {
        return search.find(new CaseSearch.Filter(null, caller.requireUscc(), null, null, null, CaseKind.COMPLAINT),
                page, size);
    }

    /** Cases of the regulator's area, optionally only those handled in {@code region} (which it must cover). */
    public Page<ComplaintCase> supervisedBy(Caller caller, String region, CaseStatus status, Boolean overdue,
            String uscc, int page, int size) {
        String prefix = caller.supervisedPrefix();
        if (region != null) {
            if (!caller.supervises(region)) {
                return Page.empty(page, size);
            }
            prefix = org.qsp.platform.region.Regions.prefix(region);
        }
        return search.find(new CaseSearch.Filter(prefix, uscc, null, status, overdue, null), page, size);
    }

    public ComplaintCase visibleTo(Caller caller, CaseId id) {
        ComplaintCase found = cases.find(id.value()).orElseThrow(() -> CaseErrors.notYours(id.value()));
        if (!found.isVisibleTo(caller)) {
            throw CaseErrors.notYours(found.id());
        }
        return found;
    }
}
