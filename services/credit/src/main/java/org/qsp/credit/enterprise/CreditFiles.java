package org.qsp.credit.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.qsp.credit.quality.DataQualityFlags;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.store.AggregateStore;

/**
 * Reads credit files. A regulator sees the enterprises of their region in full; an enterprise
 * sees its own records and score but never its risk class (classes are internal, DOMAIN §7).
 * Anyone else gets "not found", so that existence does not leak.
 */
@Service
public class CreditFiles {

    /** How many records, newest first, a file carries; the rest are read page by page ({@link #records}). */
    public static final int FILE_RECORDS = 1000;

    private final AggregateStore<Enterprise> store;
    private final Enterprises enterprises;
    private final CreditRecords records;
    private final DataQualityFlags flags;

    CreditFiles(AggregateStore<Enterprise> store, Enterprises enterprises, CreditRecords records,
            DataQualityFlags flags) {
        this.store = store;
        this.enterprises = enterprises;
        this.records = records;
        this.flags = flags;
    }

    /** The file with its newest {@value #FILE_RECORDS} records. */
    public CreditFile read(String uscc, Caller caller) {
        return records(uscc, caller, 0, FILE_RECORDS);
    }

    /** The file with one page of its records, newest first. */
    public CreditFile records(String uscc, Caller caller, int page, int size) {
        Enterprise enterprise = store.find(uscc)
                .filter(e -> caller.supervises(e.region()) || caller.isEnterprise(uscc))
                .orElseThrow(() -> new NotFound("credit file of enterprise", uscc));
        boolean internal = caller.supervises(enterprise.region());
        return new CreditFile(enterprise, records.newest(uscc, page, size), internal,
                internal ? flags.countOf(uscc) : 0);
    }

    /**
     * The enterprises of the regulator's region, riskiest first, optionally of one class and
     * narrowed to one region ({@code region} may be null; a region outside the regulator's gives
     * an empty page).
     */
    public EnterprisePage list(Caller caller, String region, Optional<RiskClass> riskClass, int page, int size) {
        return caller.supervisedPrefixWithin(region)
                .map(prefix -> enterprises.inRegion(prefix, riskClass, page, size))
                .orElseGet(() -> new EnterprisePage(List.of(), page, size, 0));
    }
}
