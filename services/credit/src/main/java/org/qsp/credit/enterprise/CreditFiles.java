package org.qsp.credit.enterprise;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.qsp.credit.enterprise.store.CreditRecords;
import org.qsp.credit.enterprise.store.Enterprises;
import org.qsp.credit.rules.RiskClass;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.region.Regions;
import org.qsp.platform.security.Caller;
import org.qsp.platform.security.Role;
import org.qsp.platform.web.PageResponse;

/**
 * Reads credit files. A regulator sees the enterprises of their region in full; an enterprise
 * sees its own records and score but never its risk class (classes are internal, DOMAIN §7).
 * Anyone else gets "not found", so that existence does not leak.
 */
@Service
public class CreditFiles {

    private final Enterprises enterprises;
    private final CreditRecords records;

    CreditFiles(Enterprises enterprises, CreditRecords records) {
        this.enterprises = enterprises;
        this.records = records;
    }

    public CreditFile read(String uscc, Caller caller) {
        Enterprise enterprise = enterprises.findById(uscc).orElseThrow(() -> notFound(uscc));
        boolean regulator = caller.has(Role.REGULATOR)
                && caller.region().filter(r -> Regions.covers(r, enterprise.region())).isPresent();
        if (!regulator && !caller.isEnterprise(uscc)) {
            throw notFound(uscc);
        }
        return new CreditFile(enterprise, records.findByUsccOrderByOccurredAtDescIdAsc(uscc), regulator);
    }

    /** The enterprises of the regulator's region, riskiest first, optionally of one class. */
    public PageResponse<Enterprise> list(Caller caller, Optional<RiskClass> riskClass, int page, int size) {
        String region = caller.requireRegion();
        Page<Enterprise> found = enterprises.inRegion(Regions.prefix(region), riskClass, page, size);
        return new PageResponse<>(found.getContent(), page, size, found.getTotalElements());
    }

    private static NotFound notFound(String uscc) {
        return new NotFound("credit file of enterprise", uscc);
    }
}
