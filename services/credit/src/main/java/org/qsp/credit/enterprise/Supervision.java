package org.qsp.credit.enterprise;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.Forbidden;
import org.qsp.platform.store.AggregateStore;

/**
 * Whether a regulator may act on an enterprise it names (a penalty decision, a list entry): it must supervise the
 * region the request gives and, when credit knows the enterprise, its region of record too (a claim of another region
 * never widens an authority).
 */
@Service
public class Supervision {

    private final AggregateStore<Enterprise> enterprises;

    Supervision(AggregateStore<Enterprise> enterprises) {
        this.enterprises = enterprises;
    }

    /** 403 {@code region-not-supervised} unless the caller supervises both regions. */
    public void require(Caller caller, String uscc, String region) {
        if (!caller.supervises(region)) {
            throw new Forbidden("region-not-supervised", "region " + region + " is outside your authority");
        }
        enterprises.find(uscc).filter(e -> !caller.supervises(e.region())).ifPresent(e -> {
            throw new Forbidden("region-not-supervised", "the enterprise's region of record " + e.region()
                    + " is outside your authority");
        });
    }
}
