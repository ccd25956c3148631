package org.qsp.inspection.sample;

import org.qsp.platform.errors.DomainException;

/** A regulator's token carries no region, so there is nothing the regulator may see. */
public class RegionRequired extends DomainException {

    public RegionRequired() {
        super(Kind.FORBIDDEN, "region-required", "a regulator's token must carry the region (GB/T 2260) it covers");
    }
}
